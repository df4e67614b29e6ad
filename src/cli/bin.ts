#!/usr/bin/env node
import module from 'node:module';

// Node 22+ can keep compiled code between runs (in the OS temp folder): the bundled TypeScript compiler alone is
// 10 MB of JavaScript that otherwise compiles afresh on every run. Older Node simply lacks the function. It is
// enabled before the CLI itself is imported so that every chunk benefits.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A crash that escapes runCli (a rejection nobody awaited, a throw in a callback) must not exit 1, which reads as
// "the gate failed": it is an error of the run, exit 2, said in one line without a stack trace.
const crashed = (error: unknown) => {
  process.stderr.write(`predator-guard: internal error: ${(error instanceof Error ? error.message : String(error)).split('\n', 1)[0]}\n`);
  process.exit(2);
};
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

const { runCli } = await import('./main.js');
const exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colorByDefault: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
process.exitCode = exitCode;
