import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { asRecord, asWholeNumber } from '../../lint/plain-data.js';

const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;
const NON_NEGATIVE = ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds'] as const;

/**
 * The counts the controller checks on a Rollout's spec: none negative, and a progress deadline longer than the time
 * a pod must be ready before it counts (otherwise every rollout would exceed its deadline).
 */
export const rolloutCountsInvalid = defineLintRule({
  meta: {
    id: 'rollout-counts-invalid',
    category: 'configuration',
    severity: 'error',
    description: 'A negative replicas, minReadySeconds, revisionHistoryLimit or progressDeadlineSeconds, or a progressDeadlineSeconds (default 600) not above minReadySeconds.',
    summary: 'a negative count, or `progressDeadlineSeconds` not above `minReadySeconds`',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const spec = asRecord(manifest.object.spec);
    const reports: LintReport[] = [];
    for (const field of NON_NEGATIVE) {
      const value = asWholeNumber(spec[field]);
      if (value !== undefined && value < 0) reports.push({ path: ['spec', field], message: `spec.${field} is ${value}; it cannot be negative.`, suggestion: `Set spec.${field} to 0 or more.` });
    }
    const minReady = asWholeNumber(spec.minReadySeconds) ?? 0;
    const deadline = asWholeNumber(spec.progressDeadlineSeconds) ?? DEFAULT_PROGRESS_DEADLINE_SECONDS;
    if (deadline >= 0 && deadline <= minReady) {
      reports.push({
        path: spec.progressDeadlineSeconds === undefined ? ['spec', 'minReadySeconds'] : ['spec', 'progressDeadlineSeconds'],
        message: `spec.progressDeadlineSeconds is ${deadline}${spec.progressDeadlineSeconds === undefined ? ' (the default)' : ''}, not above spec.minReadySeconds (${minReady}): no pod could become available before the deadline.`,
        suggestion: `Set progressDeadlineSeconds above ${minReady}.`,
      });
    }
    return reports;
  },
});
