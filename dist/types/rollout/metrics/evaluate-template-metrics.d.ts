import type { ClusterRollout, RolloutRef } from '../cluster/rollout-api.js';
import type { AnalysisTemplateReader } from './analysis-template-reader.js';
import { type MeasurementPhase } from './measurement-phase.js';
import type { PrometheusClient } from './prometheus-client.js';
/** One Prometheus metric of a template, measured now against the canary. */
export interface MetricEvaluation {
    /** `namespace/name` of the Rollout. */
    rollout: string;
    /** Which analysis named the template: `background` or `step N`. */
    analysis: string;
    template: string;
    metric: string;
    /** The PromQL after `{{args.…}}` substitution: what Argo records as ResolvedPrometheusQuery. */
    query?: string;
    /** The measurement as Argo writes it: `[0.1]` for a vector, `0.1` for a scalar. */
    value?: string;
    successCondition?: string;
    failureCondition?: string;
    /** The measurement's phase when the conditions could be decided. */
    phase?: MeasurementPhase;
    /** Why no phase: the template could not be read, an arg has no value, a condition is outside what we evaluate. */
    notEvaluated?: string;
}
/**
 * Measures the Prometheus metrics of every template the canary's analyses name, once, as the controller would at
 * this moment: args resolved from the Rollout, the query sent to `prometheus-url`, the conditions decided on the
 * result. A template used by several steps with the same args is measured once. A Prometheus that cannot answer
 * throws: a half-measured release must not pass the gate quietly.
 */
export declare function evaluateTemplateMetrics(rollout: ClusterRollout, ref: RolloutRef, readTemplate: AnalysisTemplateReader, prometheus: PrometheusClient): Promise<MetricEvaluation[]>;
