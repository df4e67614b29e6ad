// Writes the docs' rule tables from the rule catalog: the marked tables in README.md and the whole of
// docs/rules.md. The catalog is TypeScript, so it is bundled (as the build does) into a scratch module first.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules, so that the packages the rules import resolve from the bundle as they do from src/.
const cache = path.join(root, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const scratch = mkdtempSync(path.join(cache, 'predator-guard-docs-'));
try {
  const outfile = path.join(scratch, 'rule-tables.mjs');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: "export { RULE_CATALOG } from './src/core/rules/catalog.ts';\nexport { rulesIndex, withRuleTables } from './src/render/rule-tables.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'warning',
  });
  const { RULE_CATALOG, rulesIndex, withRuleTables } = await import(pathToFileURL(outfile).href);
  const readme = path.join(root, 'README.md');
  writeFileSync(readme, withRuleTables(readFileSync(readme, 'utf8'), RULE_CATALOG, 'docs/rules/'));
  writeFileSync(path.join(root, 'docs', 'rules.md'), rulesIndex(RULE_CATALOG));
  console.log(`Wrote the rule tables of README.md and docs/rules.md (${RULE_CATALOG.length} rules).`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
