import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseResult, ScanResult } from 'libpg-query';

type PgQueryPackage = typeof import('libpg-query');

/** The two calls of the real PostgreSQL parser this audit needs; tests pass the real one too. */
export interface PgParser {
  parse(sql: string): ParseResult;
  scan(sql: string): ScanResult;
}

let parserPromise: Promise<PgParser> | undefined;

/**
 * libpg-query starts its wasm at import time and finds `libpg-query.wasm` in the directory of the code that loads
 * it (`__dirname`): node_modules/libpg-query/wasm/ from source, and dist/ in the bundle, where scripts/build.mjs
 * copies it beside the chunks. Imported on first use so a code review never pays for the 1.7 MB of wasm.
 */
async function loadParser(): Promise<PgParser> {
  const imported: PgQueryPackage & { default?: PgQueryPackage } = await import('libpg-query');
  // Node names a CommonJS package's exports on import(); esbuild's bundle hands them over only as `default`.
  const pgQuery = typeof imported.loadModule === 'function' ? imported : imported.default;
  if (!pgQuery) throw new Error("The 'libpg-query' package exports no loadModule(); expected libpg-query 18.x. Reinstall the dependencies.");
  try {
    await pgQuery.loadModule();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot load the PostgreSQL parser (${reason}); expected libpg-query.wasm in ${wasmDirectory()}. Rebuild with 'node scripts/build.mjs', which copies it there.`,
    );
  }
  return { parse: (sql) => pgQuery.parseSync(sql), scan: (sql) => pgQuery.scanSync(sql) };
}

/**
 * Where libpg-query reads its wasm from: its own package directory when running from source (this file is .ts),
 * the directory of the bundle's chunks otherwise.
 */
function wasmDirectory(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return path.dirname(createRequire(import.meta.url).resolve('libpg-query/wasm/libpg-query.wasm'));
  return path.dirname(here);
}

/** One parser per process, loaded on first use. */
export function pgParser(): Promise<PgParser> {
  parserPromise ??= loadParser();
  return parserPromise;
}
