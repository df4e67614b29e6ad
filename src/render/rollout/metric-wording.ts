import type { MetricSummary } from '../../rollout/meta.js';

/** A metric's limit as written; -1 switches a limit off in Argo Rollouts. */
export function limitWording(limit: number | string): string {
  return limit === -1 || limit === '-1' ? 'off' : String(limit);
}

/** The conditions a measurement is held to, each with its role: `[['success', 'result[0] < 0.05']]`. */
export function metricConditions(metric: Pick<MetricSummary, 'successCondition' | 'failureCondition'>): [role: string, condition: string][] {
  return [
    ...(metric.successCondition ? [['success', metric.successCondition] as [string, string]] : []),
    ...(metric.failureCondition ? [['failure', metric.failureCondition] as [string, string]] : []),
  ];
}
