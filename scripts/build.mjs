// Builds dist/: the CLI, the action, the library entry and the review worker as ESM with shared chunks, so the
// heavy parts (the TypeScript compiler, tree-sitter) load only when an analyzer needs them. Not minified: the
// committed output stays readable and diffable.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// PREDATOR_GUARD_OUT_DIR builds the bundles elsewhere (end-to-end tests of uncommitted code), without the type
// declarations and schemas, which only the committed build writes.
const outDir = process.env.PREDATOR_GUARD_OUT_DIR;
const dist = outDir ? path.resolve(outDir) : path.join(root, 'dist');
const require = createRequire(import.meta.url);

// CommonJS dependencies bundled into ESM still call require() and read __dirname.
const banner = [
  'import { createRequire as __pgCreateRequire } from "node:module";',
  'import { fileURLToPath as __pgFileURLToPath } from "node:url";',
  'import { dirname as __pgDirname } from "node:path";',
  'const require = __pgCreateRequire(import.meta.url);',
  'const __filename = __pgFileURLToPath(import.meta.url);',
  'const __dirname = __pgDirname(__filename);',
].join(' ');

rmSync(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli/bin.ts',
    action: 'src/action/entry.ts',
    index: 'src/index.ts',
    'review-worker': 'src/review/review-worker.ts',
  },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[name]-[hash]',
  banner: { js: banner },
  logLevel: 'warning',
  legalComments: 'eof',
});

// Parsers' wasm files, found beside the chunk that loads them.
for (const asset of ['web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-python/tree-sitter-python.wasm', 'libpg-query/wasm/libpg-query.wasm']) {
  copyFileSync(require.resolve(asset), path.join(dist, path.basename(asset)));
}

// PGlite (the embedded PostgreSQL) finds its runtime with new URL('./pglite.wasm', import.meta.url): beside its chunk.
for (const asset of ['@electric-sql/pglite/pglite.wasm', '@electric-sql/pglite/pglite.data', '@electric-sql/pglite/initdb.wasm']) {
  copyFileSync(require.resolve(asset), path.join(dist, path.basename(asset)));
}
// Its contrib extensions' tarballs too: src/queries/embedded/pglite-extensions.ts loads them from the same place.
const pgliteRuntime = path.dirname(require.resolve('@electric-sql/pglite/pglite.wasm'));
for (const bundle of readdirSync(pgliteRuntime).filter((name) => name.endsWith('.tar.gz'))) {
  copyFileSync(path.join(pgliteRuntime, bundle), path.join(dist, bundle));
}

if (outDir) process.exit(0);

// Type declarations for the npm library.
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });

// The config schema, generated from the rules' own metadata so editors and the validator agree.
// The report schema beside it: what a saved report (the fork-safe pair's artifact) is checked against.
const { configSchema, reportSchema } = await import(path.join(dist, 'index.js'));
mkdirSync(path.join(root, 'schema'), { recursive: true });
writeFileSync(path.join(root, 'schema', 'predator-guard.schema.json'), `${JSON.stringify(configSchema(), null, 2)}\n`);
writeFileSync(path.join(root, 'schema', 'predator-guard-report.schema.json'), `${JSON.stringify(reportSchema(), null, 2)}\n`);
