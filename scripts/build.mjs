// Builds dist/: the CLI, the action, the library entry and the review worker as ESM with shared chunks, so the
// heavy parts (the TypeScript compiler, tree-sitter) load only when an analyzer needs them. Not minified: the
// committed output stays readable and diffable.
//   node scripts/build.mjs                 writes dist/ and schema/
//   node scripts/build.mjs --outdir DIR    writes DIR/dist and DIR/schema instead, touching nothing committed (the
//                                          release check compares that build with the committed one)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const out = outdirFlag > 0 ? path.resolve(process.argv[outdirFlag + 1]) : root;
// PREDATOR_GUARD_OUT_DIR builds only the bundles, into that folder (end-to-end tests of uncommitted code), without
// the type declarations and schemas; --outdir builds everything, as the committed build does.
const outDir = process.env.PREDATOR_GUARD_OUT_DIR;
const dist = outDir ? path.resolve(outDir) : path.join(out, 'dist');
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
// Its contrib extensions' tarballs too: src/postgres/embedded/pglite-extensions.ts loads them from the same place.
const pgliteRuntime = path.dirname(require.resolve('@electric-sql/pglite/pglite.wasm'));
for (const bundle of readdirSync(pgliteRuntime).filter((name) => name.endsWith('.tar.gz'))) {
  copyFileSync(path.join(pgliteRuntime, bundle), path.join(dist, bundle));
}
// pgvector's tarball comes from PGlite's separate package (a dev dependency: only its tarball ships, in dist/).
copyFileSync(path.join(path.dirname(require.resolve('@electric-sql/pglite-pgvector')), 'vector.tar.gz'), path.join(dist, 'vector.tar.gz'));

if (outDir) process.exit(0);

// Type declarations for the npm library: one self-contained dist/index.d.ts, made by dts-bundle-generator from what
// src/index.ts exports. libpg-query's parse-tree types are written into it; nothing else from a package reaches the
// public types (the clients analyze() takes are described by local interfaces in src/core/analyzer.ts), so a
// consumer type-checks it with skipLibCheck off and none of the bundled packages installed.
// tsconfig.build.json sets noCheck: the sources are type-checked once, by `npm run typecheck` (the first step of
// `npm test`), and the declarations come out the same without a second check here.
const { generateDtsBundle } = require('dts-bundle-generator');
answerTypeUsagesFromOneWalk();
const [declarations] = generateDtsBundle(
  [
    {
      filePath: path.join(root, 'src', 'index.ts'),
      libraries: { inlinedLibraries: ['libpg-query', '@pgsql/types'] },
      output: { noBanner: true, exportReferencedTypes: false },
    },
  ],
  { preferredConfigPath: path.join(root, 'tsconfig.build.json') },
);
writeFileSync(path.join(dist, 'index.d.ts'), declarations);

// The config schema, generated from the rules' own metadata so editors and the validator agree.
// The report schema beside it: what a saved report (the fork-safe pair's artifact) is checked against.
const { configSchema, reportSchema } = await import(path.join(dist, 'index.js'));
mkdirSync(path.join(out, 'schema'), { recursive: true });
writeFileSync(path.join(out, 'schema', 'predator-guard.schema.json'), `${JSON.stringify(configSchema(), null, 2)}\n`);
writeFileSync(path.join(out, 'schema', 'predator-guard-report.schema.json'), `${JSON.stringify(reportSchema(), null, 2)}\n`);

/**
 * dts-bundle-generator asks, for every declaration of an inlined library (libpg-query's parse-tree types: hundreds),
 * whether one of src/index.ts's exports uses it, with a new depth-first search for every pair that keeps only its
 * positive answers: 20 of the build's 25 seconds of CPU. The same question, answered from one walk per export: the set
 * of every symbol that export uses, directly or through others, made once from the evaluator's finished usage graph
 * (`nodesParentsMap`, symbol -> the symbols that use it). Reachability either way, so the declarations come out
 * byte-identical (.ci/run compares the committed build with a fresh one). The package is pinned by the lockfile;
 * should a version drop the method, the library's own search runs.
 */
function answerTypeUsagesFromOneWalk() {
  const { TypesUsageEvaluator } = require('dts-bundle-generator/dist/types-usage-evaluator.js');
  const original = TypesUsageEvaluator?.prototype?.isSymbolUsedBySymbol;
  if (typeof original !== 'function') return;
  /** Per evaluator: its uses graph, and each user's set of reached symbols once asked for. */
  const reachability = new WeakMap();
  TypesUsageEvaluator.prototype.isSymbolUsedBySymbol = function isSymbolUsedBySymbol(symbol, by) {
    if (!(this.nodesParentsMap instanceof Map)) return original.call(this, symbol, by);
    let graph = reachability.get(this);
    if (!graph) {
      graph = { uses: usesGraph(this.nodesParentsMap), reachedFrom: new Map() };
      reachability.set(this, graph);
    }
    const user = this.getActualSymbol(by);
    let reached = graph.reachedFrom.get(user);
    if (!reached) {
      reached = new Set([user]);
      for (const next of reached) for (const used of graph.uses.get(next) ?? []) reached.add(used);
      graph.reachedFrom.set(user, reached);
    }
    return reached.has(this.getActualSymbol(symbol));
  };
}

/** The usage graph the other way round: symbol -> the symbols it uses. */
function usesGraph(usersOf) {
  const uses = new Map();
  for (const [used, users] of usersOf) {
    for (const user of users) {
      if (!uses.has(user)) uses.set(user, new Set());
      uses.get(user).add(used);
    }
  }
  return uses;
}
