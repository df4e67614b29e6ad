import type { PGlite } from '@electric-sql/pglite';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEPARATE_BUNDLES, pgliteExtensions } from './pglite-extensions.js';
import { awaitSnapshot, claimSnapshot } from './snapshot-lock.js';

/**
 * Starts an in-memory PGlite. A fresh start runs initdb inside the wasm (1.7 s on a quiet machine, several under
 * load); a start from a dump of that fresh data directory skips it (0.45 s). So the first run dumps the fresh cluster
 * into the user's cache, and later runs start from it; runs that miss the cache at the same moment make it once
 * (snapshot-lock.ts). The dump is 4.5 MB, made on the user's machine by the PGlite that reads it (its name carries
 * the runtime's size), so no binary ships in dist/. Any problem with the cache falls back to a fresh start: the cache
 * only ever saves time. `log` gets lines without a prefix: the caller knows which analyzer is starting it.
 *
 * `sharedBuffers` sets the buffer pool's size (shared-buffers.ts); PostgreSQL's 128 MB when it is not given.
 *
 * Imported on demand, so neither a code review nor an audit against a server loads PGlite's 15 MB of wasm and data.
 */
export async function startPglite(log?: (line: string) => void, extensionNames: readonly string[] = [], sharedBuffers?: string): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  // Extensions are loaded at startup, ready for CREATE EXTENSION; the cached data directory is the same with or without them.
  const extensions = pgliteExtensions(extensionNames, bundleDirectory);
  // A server setting, so it is a start parameter: the data directory (and so the cache) is the same at any size.
  const startParams = sharedBuffers === undefined ? undefined : [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`];
  const snapshot = snapshotFile();
  let saved = snapshot ? readSnapshot(snapshot) : undefined;
  let release: (() => void) | undefined;
  if (snapshot && !saved) {
    release = claimSnapshot(snapshot);
    if (!release) saved = await awaitSnapshot(snapshot, readSnapshot);
  }
  try {
    if (saved) {
      try {
        return await PGlite.create({ loadDataDir: new Blob([new Uint8Array(saved)]), extensions, startParams });
      } catch (error) {
        log?.(`the cached PGlite data directory ${snapshot} did not load (${error instanceof Error ? error.message : String(error)}); starting fresh`);
      }
    }
    const db = await PGlite.create({ extensions, startParams });
    if (snapshot) await saveSnapshot(db, snapshot, log);
    return db;
  } finally {
    release?.();
  }
}

/** `$PREDATOR_GUARD_CACHE_DIR`, else `$XDG_CACHE_HOME/predator-guard`, else `~/.cache/predator-guard`; `off` disables. */
function cacheDirectory(): string | undefined {
  const configured = process.env.PREDATOR_GUARD_CACHE_DIR;
  if (configured === 'off') return undefined;
  if (configured) return configured;
  return path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'predator-guard');
}

/** Named after the PGlite runtime's file sizes, so another PGlite version never loads a data directory it did not make. */
function snapshotFile(): string | undefined {
  const directory = cacheDirectory();
  if (!directory) return undefined;
  try {
    const runtime = runtimeDirectory();
    const sizes = ['pglite.wasm', 'pglite.data'].map((file) => statSync(path.join(runtime, file)).size);
    return path.join(directory, `pglite-datadir-${sizes.join('-')}.tgz`);
  } catch {
    return undefined;
  }
}

/** Where PGlite reads its wasm: its package when running from source (this file is .ts), beside the bundle's chunks otherwise. */
function runtimeDirectory(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite/pglite.wasm'));
  return path.dirname(here);
}

/** Where a bundle's tarball is: beside the chunks in dist/; from source, in its own package when it has one. */
function bundleDirectory(bundle: string): string {
  const separate = SEPARATE_BUNDLES[bundle];
  if (separate === undefined || !fileURLToPath(import.meta.url).endsWith('.ts')) return runtimeDirectory();
  return path.dirname(createRequire(import.meta.url).resolve(separate));
}

function readSnapshot(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a concurrent run never reads half a file. */
async function saveSnapshot(db: PGlite, file: string, log?: (line: string) => void): Promise<void> {
  try {
    const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, dump);
    renameSync(partial, file);
    log?.(`cached the fresh PGlite data directory in ${file}; later runs start faster`);
  } catch (error) {
    log?.(`could not cache the PGlite data directory in ${file} (${error instanceof Error ? error.message : String(error)}); every run starts fresh`);
  }
}
