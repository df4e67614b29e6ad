// Ruff's WebAssembly build from npm (@astral-sh/ruff-wasm-nodejs), run over the bench's file list: ruff's own
// binary comes from PyPI, which this machine cannot reach, so the wasm build stands in for it. One thread, one
// Workspace; the same rule as flake8 (E722). Usage: node bench/ruff-wasm.mjs FILE_LIST (paths relative to the cwd).
// Prints { files, findings: [{ rule, file, line, message }] } as JSON.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { PositionEncoding, Workspace } = require('@astral-sh/ruff-wasm-nodejs');

const [listFile] = process.argv.slice(2);
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const workspace = new Workspace({ lint: { select: ['E722'] } }, PositionEncoding.Utf16);
const findings = [];
for (const file of files) {
  for (const diagnostic of workspace.check(readFileSync(file, 'utf8'))) {
    findings.push({ rule: diagnostic.code ?? 'syntax-error', file, line: diagnostic.start_location.row, message: diagnostic.message });
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, findings })}\n`);
