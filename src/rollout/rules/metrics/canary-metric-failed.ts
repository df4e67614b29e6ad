import { conditionsText, defineMetricRule } from '../../metrics/metric-rule.js';
import type { MetricEvaluation } from '../../metrics/evaluate-template-metrics.js';

/**
 * The check's own measurement of a template metric fails its conditions. It is reported even when the controller's
 * AnalysisRun passed: a failureLimit or a sampling interval can let a bad canary through, and the gate should
 * say what the metric reads when the wait ends.
 */
export const canaryMetricFailed = defineMetricRule({
  meta: {
    id: 'canary-metric-failed',
    category: 'release',
    severity: 'error',
    description: "A Prometheus metric of the canary's AnalysisTemplates that fails its success or failure condition when the check measures it.",
    summary: 'a template metric, measured with `prometheus-url` when the wait ends, that fails its success or failure condition',
  },
  check(evaluation) {
    if (evaluation.phase !== 'Failed') return undefined;
    return {
      message: `Metric '${evaluation.metric}' of template '${evaluation.template}' (${evaluation.analysis} analysis of ${evaluation.rollout}) is Failed: ${evaluation.value} against ${conditionsText(evaluation)}; query: ${evaluation.query}`,
      suggestion: 'Look at what the new version does to this metric (the query above, run in Prometheus), fix the release, and deploy again; if the condition is wrong, fix it in the AnalysisTemplate.',
    };
  },
});
