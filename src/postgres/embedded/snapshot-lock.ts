import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Several runs can miss the data-directory cache at the same moment: parallel jobs on one runner sharing ~/.cache,
 * a monorepo's runs side by side, a test suite's workers. Each would run initdb in the wasm, the slowest part of a
 * fresh start, to save the same file. So the first takes a lock file beside the snapshot (created with O_EXCL, so
 * exactly one run gets it) and makes the snapshot; the others wait for that snapshot and start from it.
 *
 * The lock names its maker (host and pid). A maker that died (its pid gone on this host) or that has held the lock
 * longer than STALE_AFTER_MS leaves a stale lock, which waiters stop waiting for: they start fresh, as without a cache.
 */
const STALE_AFTER_MS = 120_000;
const POLL_MS = 100;

/**
 * Takes the lock for making `snapshot`. Returns its release when this run is to make the snapshot (also when the
 * cache folder cannot hold a lock at all: then the run starts fresh as it always did), or undefined when another
 * live run holds it.
 */
export function claimSnapshot(snapshot: string): (() => void) | undefined {
  const lock = lockOf(snapshot);
  try {
    mkdirSync(path.dirname(snapshot), { recursive: true });
  } catch {
    return () => {};
  }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return () => {};
      if (!isStale(lock)) return undefined;
      // A dead maker's lock: remove it and claim again (once; should another run win that race, wait for it).
      removeQuietly(lock);
      continue;
    }
    try {
      writeSync(fd, `${hostname()} ${process.pid}\n`);
    } catch {
      // An unnamed lock still works: others wait for it until it is released or goes stale by age.
    } finally {
      closeSync(fd);
    }
    return () => removeQuietly(lock);
  }
  return undefined;
}

/** The cache only ever saves time: a lock that cannot be removed is left to go stale. */
function removeQuietly(lock: string): void {
  try {
    rmSync(lock, { force: true });
  } catch {
    // left to go stale
  }
}

/**
 * Waits while another live run holds the lock, then reads the snapshot it saved: undefined when it saved none
 * (it failed, died, or took too long), and the caller starts fresh.
 */
export async function awaitSnapshot(snapshot: string, read: (file: string) => Buffer | undefined): Promise<Buffer | undefined> {
  const lock = lockOf(snapshot);
  while (existsSync(lock) && !isStale(lock)) await sleep(POLL_MS);
  return read(snapshot);
}

function lockOf(snapshot: string): string {
  return `${snapshot}.lock`;
}

/** Held too long, or by a process of this host that no longer exists. A lock that cannot be read is not stale yet. */
function isStale(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_AFTER_MS) return true;
    const [host, pid] = readFileSync(lock, 'utf8').trim().split(' ');
    return host === hostname() && Number(pid) > 0 && !isAlive(Number(pid));
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
