import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyze, baselinePath } from '../core/analyze.js';
import { baselineFrom, pruneBaseline, readBaseline, writeBaseline } from '../core/baseline.js';
import { DEFAULT_BASELINE, type Config } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import type { Report } from '../core/report.js';

/**
 * `--write-baseline` records every current finding; `--prune-baseline` drops entries whose findings are gone.
 * Both then report as a normal run would with the new baseline in place.
 */
export async function runBaselineCommand(action: 'write' | 'prune', config: Config, log: (line: string) => void): Promise<Report> {
  const file = baselinePath(config) ?? path.join(config.root, config.baseline || DEFAULT_BASELINE);
  const shown = path.relative(config.root, file) || file;
  const unfiltered = await analyze({ ...config, baseline: false });
  if (unfiltered.runs.some((run) => run.status === 'failed')) return unfiltered;
  if (action === 'write') {
    const baseline = baselineFrom(unfiltered.findings);
    writeBaseline(file, baseline);
    log(`Wrote ${baseline.entries.length} baseline entries to ${shown}.`);
  } else {
    if (!existsSync(file)) throw new UsageError(`There is no baseline to prune at ${shown}. Create one with --write-baseline.`);
    const before = readBaseline(file);
    const pruned = pruneBaseline(before, unfiltered.findings);
    writeBaseline(file, pruned);
    log(`Pruned ${before.entries.length - pruned.entries.length} of ${before.entries.length} baseline entries in ${shown}.`);
  }
  return analyze({ ...config, baseline: file });
}
