import type { PGlite } from '@electric-sql/pglite';
/**
 * Starts an in-memory PGlite. A fresh start runs initdb inside the wasm (1.7 s on a quiet machine, several under
 * load); a start from a dump of that fresh data directory skips it (0.45 s). So the first run dumps the fresh cluster
 * into the user's cache, and later runs start from it. The dump is 4.5 MB, made on the user's machine by the PGlite
 * that reads it (its name carries the runtime's size), so no binary ships in dist/. Any problem with the cache
 * falls back to a fresh start: the cache only ever saves time.
 *
 * Imported on demand, so neither a code review nor an audit against a server loads PGlite's 15 MB of wasm and data.
 */
export declare function startPglite(log?: (line: string) => void): Promise<PGlite>;
