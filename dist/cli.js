#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/cli/bin.ts
import module from "node:module";
module.enableCompileCache?.();
var crashed = (error) => {
  process.stderr.write(`predator-guard: internal error: ${(error instanceof Error ? error.message : String(error)).split("\n", 1)[0]}
`);
  process.exit(2);
};
process.on("uncaughtException", crashed);
process.on("unhandledRejection", crashed);
var { runCli } = await import("./chunk-main-52SYEMLW.js");
var exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colorByDefault: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
});
process.exitCode = exitCode;
