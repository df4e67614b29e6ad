#!/usr/bin/env node
import { runCli } from './main.js';

const exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colorByDefault: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
process.exitCode = exitCode;
