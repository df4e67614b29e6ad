import type { MetricSummary } from '../../rollout/meta.js';
/** A metric's limit as written; -1 switches a limit off in Argo Rollouts. */
export declare function limitWording(limit: number | string): string;
/** The conditions a measurement is held to, each with its role: `[['success', 'result[0] < 0.05']]`. */
export declare function metricConditions(metric: Pick<MetricSummary, 'successCondition' | 'failureCondition'>): [role: string, condition: string][];
