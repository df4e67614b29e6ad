import type { Extension } from '@electric-sql/pglite';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The extensions PGlite 0.5 ships as contrib bundles (its `contrib/*` modules, one tarball each; `moddatetime` is
 * in the `spi` bundle), by the name `CREATE EXTENSION` uses, and pgvector (`vector`), whose tarball comes from
 * PGlite's separate pgvector package. PostGIS and TimescaleDB are not among them.
 * PGlite loads an extension only when it is named at startup, so the schema is read for `CREATE EXTENSION` first.
 */
const BUNDLES: Record<string, string> = {
  amcheck: 'amcheck',
  auto_explain: 'auto_explain',
  bloom: 'bloom',
  btree_gin: 'btree_gin',
  btree_gist: 'btree_gist',
  citext: 'citext',
  cube: 'cube',
  dict_int: 'dict_int',
  dict_xsyn: 'dict_xsyn',
  earthdistance: 'earthdistance',
  file_fdw: 'file_fdw',
  fuzzystrmatch: 'fuzzystrmatch',
  hstore: 'hstore',
  intarray: 'intarray',
  isn: 'isn',
  lo: 'lo',
  ltree: 'ltree',
  moddatetime: 'spi',
  pageinspect: 'pageinspect',
  pg_buffercache: 'pg_buffercache',
  pg_freespacemap: 'pg_freespacemap',
  pg_stat_statements: 'pg_stat_statements',
  pg_surgery: 'pg_surgery',
  pg_trgm: 'pg_trgm',
  pg_visibility: 'pg_visibility',
  pg_walinspect: 'pg_walinspect',
  pgcrypto: 'pgcrypto',
  seg: 'seg',
  tablefunc: 'tablefunc',
  tcn: 'tcn',
  tsm_system_rows: 'tsm_system_rows',
  tsm_system_time: 'tsm_system_time',
  unaccent: 'unaccent',
  'uuid-ossp': 'uuid-ossp',
  vector: 'vector',
};

/** Bundles that are not PGlite's own but come from a package of their own, by that package. */
export const SEPARATE_BUNDLES: Readonly<Record<string, string>> = { vector: '@electric-sql/pglite-pgvector' };

/** Built into every PostgreSQL, PGlite included: CREATE EXTENSION needs no bundle for them. */
const BUILT_IN = new Set(['plpgsql']);

/** Every extension a schema may create on the embedded database. */
export const PGLITE_EXTENSIONS: ReadonlySet<string> = new Set([...BUILT_IN, ...Object.keys(BUNDLES)]);

/**
 * PGlite's `extensions` option for the extensions a schema creates. `directoryOf` says where each bundle's tarball
 * is: beside the bundle's chunks in dist/, where scripts/build.mjs copies them all; from source, PGlite's package
 * or the separate one's. Read from there, not through PGlite's contrib modules, whose
 * `new URL('../x.tar.gz', import.meta.url)` would point outside dist/ once bundled.
 */
export function pgliteExtensions(names: Iterable<string>, directoryOf: (bundle: string) => string): Record<string, Extension> {
  const extensions: Record<string, Extension> = {};
  for (const name of names) {
    const bundle = BUNDLES[name];
    if (bundle === undefined) continue;
    const bundlePath = pathToFileURL(path.join(directoryOf(bundle), `${bundle}.tar.gz`));
    extensions[name.replace(/\W/g, '_')] = { name, setup: async () => ({ bundlePath }) };
  }
  return extensions;
}

/** The tarballs the bundle must carry beside PGlite's runtime. */
export const PGLITE_EXTENSION_BUNDLES: readonly string[] = [...new Set(Object.values(BUNDLES))].map((bundle) => `${bundle}.tar.gz`);
