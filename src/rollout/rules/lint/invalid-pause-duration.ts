import { defineLintRule } from '../../lint/lint-rule.js';
import { parseDuration } from '../../../core/config/duration.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asRecord } from '../../lint/plain-data.js';
import { canarySteps } from '../../lint/rollout-steps.js';

/** A bare number (or digit string) is seconds, as the controller reads it. */
const SECONDS = /^\d+$/;

/** R6: the controller rejects a negative or unparsable duration, and the Rollout goes Degraded (InvalidSpec). */
export const invalidPauseDuration = defineLintRule({
  meta: {
    id: 'invalid-pause-duration',
    category: 'configuration',
    severity: 'error',
    description: 'A pause duration that is negative or not seconds or a duration such as 30s, 10m or 1h.',
    summary: 'a pause duration that is negative or not seconds / `30s` / `10m` / `1h` (R6)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    return canarySteps(manifest).flatMap(({ step, path }) => {
      const duration = asRecord(step.pause).duration;
      if (duration === undefined || isValidDuration(duration)) return [];
      const durationPath = [...path, 'pause', 'duration'];
      return [
        {
          path: durationPath,
          message: `${fieldPathText(durationPath)} is ${JSON.stringify(duration)}; expected a whole number of seconds (30) or a duration such as 30s, 10m or 1h.`,
          suggestion: 'Write the duration with a unit: s, m or h (e.g. 10m).',
        },
      ];
    });
  },
});

function isValidDuration(duration: unknown): boolean {
  if (typeof duration === 'number') return Number.isInteger(duration) && duration >= 0;
  if (typeof duration !== 'string') return false;
  return SECONDS.test(duration) || parseDuration(duration) !== undefined;
}
