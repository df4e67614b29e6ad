// Writes the docs' generated parts: the marked rule tables of README.md and docs/*.md, the whole of docs/rules.md,
// the inputs and outputs of docs/action.md (from action.yml) and the reference of docs/configuration.md (from the
// config schema). The sources are TypeScript, so they are bundled (as the build does) into a scratch module first.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules, so that the packages the rules import resolve from the bundle as they do from src/.
const cache = path.join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const scratch = mkdtempSync(path.join(cache, 'predator-guard-docs-'));
try {
  const outfile = path.join(scratch, 'docs-pages.mjs');
  await build({
    absWorkingDir: root,
    stdin: { contents: "export { docsPages } from './src/render/docs-pages.ts';\n", resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'warning',
  });
  const { docsPages } = await import(pathToFileURL(outfile).href);
  const read = (file) => readFileSync(path.join(root, file), 'utf8');
  const pages = docsPages(read, ['README.md', ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]);
  for (const [file, text] of Object.entries(pages)) writeFileSync(path.join(root, file), text);
  console.log(`Wrote the generated parts of ${Object.keys(pages).length} pages: ${Object.keys(pages).join(', ')}.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
