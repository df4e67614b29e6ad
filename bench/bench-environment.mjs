// What both benchmarks record about where they ran, and the one rule for when they rebuild dist/ first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** dist/ is rebuilt only when missing or older than a source file (the build takes a few seconds). */
export function ensureBuilt(root, log) {
  const sources = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const newestSource = Math.max(...sources.map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs));
  const cli = path.join(root, 'dist', 'cli.js');
  if (existsSync(cli) && statSync(cli).mtimeMs >= newestSource) return;
  log('dist/ is missing or stale: node scripts/build.mjs');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}

/** The machine, with the load averages at the start and now: other work on it skews the figures. */
export function describeMachine(loadAtStart) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim(), cores: cpus.length, availableParallelism: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10, os: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version,
    loadAverage1m5m15m: { start: loadAtStart.map((n) => +n.toFixed(2)), end: os.loadavg().map((n) => +n.toFixed(2)) },
  };
}
