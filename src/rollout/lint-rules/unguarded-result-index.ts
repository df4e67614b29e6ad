import { fieldPathText } from '../lint/manifest.js';
import type { LintRule } from '../lint/lint-rule.js';
import { asString } from '../lint/plain-data.js';
import { templateMetrics } from '../lint/template-metrics.js';

const INDEXED_RESULT = /\bresult\s*\[\s*0\s*\]/;
/** Either guard the analysis docs recommend ("Handling Metric Results"). */
const GUARD = /\blen\s*\(\s*result\s*\)|\bisNaN\s*\(/;
const CONDITIONS = ['successCondition', 'failureCondition'] as const;

/** R16: an empty result or NaN makes `result[0]` fail to evaluate, and the measurement errors (argo-rollouts #1466). */
export const unguardedResultIndex: LintRule = {
  meta: {
    id: 'unguarded-result-index',
    category: 'configuration',
    severity: 'warning',
    description: 'A condition that indexes result[0] without guarding an empty result or NaN.',
  },
  check(manifest) {
    if (manifest.kind === 'Rollout') return [];
    return templateMetrics(manifest).flatMap(({ metric, path }) =>
      CONDITIONS.flatMap((key) => {
        const condition = asString(metric[key]);
        if (condition === undefined || !INDEXED_RESULT.test(condition) || GUARD.test(condition)) return [];
        const conditionPath = [...path, key];
        return [
          {
            path: conditionPath,
            message: `${fieldPathText(conditionPath)} is '${condition}': it indexes result[0] without guarding an empty result or NaN, so a query with no data errors the measurement.`,
            suggestion: `Guard it: len(result) == 0 || isNaN(result[0]) || (${condition}), choosing whether no data should pass or fail.`,
          },
        ];
      }),
    );
  },
};
