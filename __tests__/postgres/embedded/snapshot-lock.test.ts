import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { awaitSnapshot, claimSnapshot } from '../../../src/postgres/embedded/snapshot-lock.js';

/**
 * The lock that lets runs missing the PGlite cache at the same moment make its data directory once: the first claims
 * it, the others wait for its snapshot; a dead or too-old maker is not waited for. The PGlite side is in
 * queries/embedded/open-embedded-database.integration.test.ts.
 */
let cache: string;
let snapshot: string;
let lock: string;
beforeEach(() => {
  cache = mkdtempSync(path.join(tmpdir(), 'predator-guard-lock-'));
  snapshot = path.join(cache, 'nested', 'pglite-datadir-1-2.tgz');
  lock = `${snapshot}.lock`;
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file) : undefined);
/** The pid of a process that has exited: no process answers to it now. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('claimSnapshot', () => {
  it('gives the first claim the lock, naming this host and process, and refuses a second until it is released', () => {
    const release = claimSnapshot(snapshot);
    expect(release).toBeInstanceOf(Function);
    expect(readFileSync(lock, 'utf8')).toBe(`${hostname()} ${process.pid}\n`);
    expect(claimSnapshot(snapshot)).toBeUndefined();
    release!();
    expect(existsSync(lock)).toBe(false);
    expect(claimSnapshot(snapshot)).toBeInstanceOf(Function);
  });

  it('takes over the lock of a maker on this host whose process is gone', () => {
    claimSnapshot(snapshot);
    writeFileSync(lock, `${hostname()} ${deadPid()}\n`);
    expect(claimSnapshot(snapshot)).toBeInstanceOf(Function);
    expect(readFileSync(lock, 'utf8')).toBe(`${hostname()} ${process.pid}\n`);
  });

  it("waits for another host's fresh lock, and takes it over once it is older than two minutes", () => {
    claimSnapshot(snapshot);
    writeFileSync(lock, 'another-host 1\n');
    expect(claimSnapshot(snapshot)).toBeUndefined();
    const threeMinutesAgo = new Date(Date.now() - 180_000);
    utimesSync(lock, threeMinutesAgo, threeMinutesAgo);
    expect(claimSnapshot(snapshot)).toBeInstanceOf(Function);
  });

  it('lets the run start fresh, as without a cache, where no lock can be made', () => {
    const file = path.join(cache, 'a-file');
    writeFileSync(file, '');
    const release = claimSnapshot(path.join(file, 'pglite-datadir-1-2.tgz'));
    expect(release).toBeInstanceOf(Function);
    expect(() => release!()).not.toThrow();
  });
});

describe('awaitSnapshot', () => {
  it('waits while the maker holds the lock, then returns the snapshot it saved', async () => {
    const release = claimSnapshot(snapshot)!;
    setTimeout(() => {
      writeFileSync(snapshot, 'the data directory');
      release();
    }, 300);
    const started = performance.now();
    const saved = await awaitSnapshot(snapshot, readIfThere);
    expect(saved?.toString()).toBe('the data directory');
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('returns nothing, without waiting, when the maker died before saving', async () => {
    claimSnapshot(snapshot);
    writeFileSync(lock, `${hostname()} ${deadPid()}\n`);
    const started = performance.now();
    expect(await awaitSnapshot(snapshot, readIfThere)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(250);
  });
});
