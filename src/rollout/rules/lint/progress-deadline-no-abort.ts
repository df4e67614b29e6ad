import { defineLintRule } from '../../lint/lint-rule.js';
import { asRecord } from '../../lint/plain-data.js';

/** R21: by default a passed progress deadline only marks the Rollout Degraded and leaves the canary serving. */
export const progressDeadlineNoAbort = defineLintRule({
  meta: {
    id: 'progress-deadline-no-abort',
    category: 'configuration',
    severity: 'notice',
    description: 'A Rollout without progressDeadlineAbort: true, so a stuck canary keeps its traffic after the deadline.',
    summary: 'no `progressDeadlineAbort: true`: a stuck canary keeps its traffic after the deadline (R21)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const spec = asRecord(manifest.object.spec);
    if (spec.progressDeadlineAbort === true) return [];
    const written = spec.progressDeadlineAbort !== undefined;
    return [
      {
        path: written ? ['spec', 'progressDeadlineAbort'] : ['spec'],
        message: `Rollout '${manifest.name}': spec.progressDeadlineAbort is ${written ? JSON.stringify(spec.progressDeadlineAbort) : 'unset (false)'}: when the progress deadline passes the Rollout is only marked Degraded and the canary keeps its traffic.`,
        suggestion: 'Set spec.progressDeadlineAbort: true so the controller aborts to the stable version.',
      },
    ];
  },
});
