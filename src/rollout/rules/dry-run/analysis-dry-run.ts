import { defineDryRunRule } from '../../dry-run/dry-run-rule.js';

/**
 * A template metric that, run against the stable version over the last hour before the merge, would fail today,
 * returns no data, or has conditions no value can fail: each found in production otherwise (argo-rollouts#1187).
 */
export const analysisDryRun = defineDryRunRule({
  meta: {
    id: 'analysis-dry-run',
    category: 'configuration',
    severity: 'warning',
    description: "An AnalysisTemplate metric that, run against Prometheus before the merge, would fail on the stable version today, returns no data, or can never fail.",
    summary: 'an AnalysisTemplate metric that, run against Prometheus before the merge (`--lint --prometheus-url`), would fail on the stable version today, returns no data, or can never fail',
  },
  check(result) {
    const name = `Metric '${result.metric}' of AnalysisTemplate '${result.template}'`;
    const outcome = result.outcome;
    if (outcome.kind === 'would-fail') {
      return {
        message: `${name} would fail on the stable version today: ${outcome.failed} of ${outcome.measured} measurements over the last hour failed, the first ${outcome.firstFailure.value} at ${outcome.firstFailure.at.toISOString()}; query: ${result.query}`,
        suggestion: 'Run the query in Prometheus: if the stable version fails it, the condition (or its threshold) is wrong, and every canary would be aborted.',
      };
    }
    if (outcome.kind === 'no-data') {
      return {
        message: `${name} returns no data over the last hour; query: ${result.query}`,
        suggestion: 'Check the metric name and labels against Prometheus (and the args under dry-run-args); a condition on an empty result errors or passes without measuring anything.',
      };
    }
    if (outcome.kind === 'never-fails') {
      return {
        message: `${name} can never fail: its conditions pass for every value tried (${outcome.tried}).`,
        suggestion: 'Fix the condition (a && meant as ||, a comparison that always holds): as written the analysis lets any canary through.',
      };
    }
    return undefined;
  },
});
