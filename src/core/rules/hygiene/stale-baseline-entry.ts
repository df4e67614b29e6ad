import type { BaselineEntry } from '../../baseline.js';
import type { Finding } from '../../finding.js';
import { defineRule } from '../rule.js';

/**
 * Reported by the core for a baseline entry that no finding matched: the accepted problem was fixed (or changed
 * beyond recognition), and the entry would otherwise hide the next finding that happens to match it.
 */
export const staleBaselineEntry = defineRule({
  meta: {
    id: 'stale-baseline-entry',
    category: 'hygiene',
    severity: 'notice',
    description: 'A baseline entry that matches no finding.',
    summary: 'a baseline entry whose finding is gone',
  },
  defaultOptions: {},
});

/** The notice for one stale entry; `count` is how many of its occurrences went unmatched. */
export function staleBaselineFinding(entry: BaselineEntry, baselineFile: string): Finding {
  const where = entry.file ? ` in ${entry.file}` : '';
  const times = entry.count === 1 ? '' : ` (${entry.count} occurrences)`;
  return {
    analyzer: 'review',
    rule: staleBaselineEntry.meta.id,
    category: staleBaselineEntry.meta.category,
    severity: staleBaselineEntry.meta.severity,
    message: `Baseline entry for '${entry.rule}'${where}${times} matches no finding: '${entry.message}'.`,
    suggestion: `Run 'predator-guard review --prune-baseline' to drop it from ${baselineFile}.`,
    fingerprint: `stale:${entry.fingerprint}`,
    data: { baseline: baselineFile, rule: entry.rule, file: entry.file, count: entry.count },
  };
}
