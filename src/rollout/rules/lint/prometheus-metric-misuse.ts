import { defineLintRule } from '../../lint/lint-rule.js';
import type { LintReport } from '../../lint/lint-rule.js';
import { fieldPathText, isAnalysisTemplate } from '../../lint/manifest.js';
import { asRecord, asString, isRecord } from '../../lint/plain-data.js';
import { templateMetrics } from '../../lint/template-metrics.js';

/** `result` compared directly (`result > 0.9`, `0.9 < result`), not indexed, not passed to a function. */
const BARE_RESULT_COMPARISON = /\bresult\s*(?:==|!=|<=|>=|<|>)|(?:==|!=|<=|>=|<|>)\s*result\b(?!\s*\[)/;
const CONDITIONS = ['successCondition', 'failureCondition'] as const;

/**
 * R15: a Prometheus metric without a query errors on every measurement at run time (validation does not catch it);
 * a vector result is an array, so a condition comparing `result` itself never means what it says (argo-rollouts #363).
 */
export const prometheusMetricMisuse = defineLintRule({
  meta: {
    id: 'prometheus-metric-misuse',
    category: 'configuration',
    severity: 'warning',
    description: 'A Prometheus metric without a query (error), or a condition comparing result without indexing it (warning).',
    summary: 'a Prometheus metric without `query` (error), or a condition comparing `result` unindexed (R15)',
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(({ metric, name, path }) => {
      const prometheus = asRecord(metric.provider).prometheus;
      if (!isRecord(prometheus)) return [];
      const reports: LintReport[] = [];
      const query = asString(prometheus.query);
      if (query === undefined || query.trim() === '') {
        const providerPath = [...path, 'provider', 'prometheus'];
        reports.push({
          path: providerPath,
          severity: 'error',
          message: `${fieldPathText(providerPath)} of metric '${name}' has no query: every measurement errors, and the AnalysisRun ends in Error.`,
          suggestion: 'Add provider.prometheus.query with the PromQL to evaluate.',
        });
      }
      for (const key of CONDITIONS) {
        const condition = asString(metric[key]);
        if (condition === undefined || !BARE_RESULT_COMPARISON.test(condition)) continue;
        const conditionPath = [...path, key];
        reports.push({
          path: conditionPath,
          message: `${fieldPathText(conditionPath)} is '${condition}': it compares result itself, but a Prometheus vector result is an array; compare result[0].`,
          suggestion: 'Index the result: result[0] >= 0.95 (and guard empty results: len(result) == 0 || …).',
        });
      }
      return reports;
    });
  },
});
