import { isAnalysisTemplate } from '../../lint/manifest.js';
import { defineLintRule } from '../../lint/lint-rule.js';
import { templateMetrics } from '../../lint/template-metrics.js';

/** R13: the default failureLimit is 0, so one failed sample (a scrape gap, a spike) fails the metric and aborts. */
export const failureLimitUnset = defineLintRule({
  meta: {
    id: 'failure-limit-unset',
    category: 'configuration',
    severity: 'notice',
    description: 'A metric without failureLimit, so its first failed measurement fails it.',
    summary: 'a metric without `failureLimit` (default 0: the first failure fails it) (R13)',
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest)
      .filter(({ metric }) => metric.failureLimit === undefined)
      .map(({ name, path }) => ({
        path,
        message: `Metric '${name}' in ${manifest.kind} '${manifest.name}' sets no failureLimit: the default 0 fails the metric on its first failed measurement.`,
        suggestion: 'Set failureLimit to the number of failed measurements you tolerate (e.g. failureLimit: 2 with count: 10), or failureLimit: 0 to make the choice explicit.',
      }));
  },
});
