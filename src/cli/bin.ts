#!/usr/bin/env node
import module from 'node:module';

// Node 22+ can keep compiled code between runs (in the OS temp folder): the bundled TypeScript compiler alone is
// 10 MB of JavaScript that otherwise compiles afresh on every run. Older Node simply lacks the function. It is
// enabled before the CLI itself is imported so that every chunk benefits.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { runCli } = await import('./main.js');
const exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colorByDefault: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
process.exitCode = exitCode;
