import { isAnalysisTemplate } from '../../lint/manifest.js';
import { defineLintRule } from '../../lint/lint-rule.js';
import { providerNames, templateMetrics } from '../../lint/template-metrics.js';

/**
 * Providers whose measurement is judged without conditions: a Job passes or fails by its exit status, Kayenta by its
 * score thresholds. Every other provider returns a value that only a condition can judge.
 */
const SELF_JUDGING_PROVIDERS = new Set(['job', 'kayenta']);

/** R12: with neither condition, every measurement counts as Successful, so the metric never stops a bad canary. */
export const metricWithoutCondition = defineLintRule({
  meta: {
    id: 'metric-without-condition',
    category: 'configuration',
    severity: 'warning',
    description: 'A value-returning metric (not job or kayenta) with neither successCondition nor failureCondition.',
    summary: 'a value metric (not job/kayenta) with neither successCondition nor failureCondition (R12)',
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(({ metric, name, path }) => {
      const providers = providerNames(metric);
      if (providers.length !== 1 || SELF_JUDGING_PROVIDERS.has(providers[0])) return [];
      if (metric.successCondition !== undefined || metric.failureCondition !== undefined) return [];
      return [
        {
          path,
          message: `Metric '${name}' (${providers[0]}) in ${manifest.kind} '${manifest.name}' has neither successCondition nor failureCondition: every measurement counts as Successful, so it checks nothing.`,
          suggestion: "Add a successCondition such as 'len(result) == 0 || result[0] >= 0.95'.",
        },
      ];
    });
  },
});
