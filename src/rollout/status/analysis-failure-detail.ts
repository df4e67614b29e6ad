import type { AnalysisRunSummary } from './analysis-run-summary.js';

const FAILING = new Set(['Failed', 'Error']);

/**
 * What the controller's abort message leaves out (argoproj/argo-rollouts#2741): the value each failing metric
 * measured and the condition it was held to, e.g. `metric "error-rate" measured [0.1] (success condition
 * result[0] < 0.05)`. Empty when no run of the revision failed or the runs could not be read.
 */
export function analysisFailureDetail(runs: readonly AnalysisRunSummary[]): string {
  const parts = runs
    .filter((run) => FAILING.has(run.phase))
    .flatMap((run) => run.metrics.filter((metric) => FAILING.has(metric.phase) && !metric.dryRun))
    .map((metric) => {
      const conditions = [
        metric.successCondition === undefined ? undefined : `success condition ${metric.successCondition}`,
        metric.failureCondition === undefined ? undefined : `failure condition ${metric.failureCondition}`,
      ].filter((text): text is string => text !== undefined);
      const measured = metric.lastValue === undefined ? 'measured no value' : `measured ${metric.lastValue}`;
      return `metric "${metric.name}" ${measured}${conditions.length > 0 ? ` (${conditions.join(', ')})` : ''}`;
    });
  return parts.join('; ');
}
