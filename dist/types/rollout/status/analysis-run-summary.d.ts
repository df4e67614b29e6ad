import { type ConditionOutcome } from '../expr/evaluate-condition.js';
/**
 * What the report shows of an AnalysisRun: the stored phases and counters as they are. The controller's stored
 * phase is trusted, never recomputed (hand-edited or racing objects may not add up, and the rollout reacted to the
 * stored phase, not to our arithmetic).
 */
export interface MetricSummary {
    name: string;
    phase: string;
    /** The last measurement's value as stored (Prometheus vectors are array text such as `[0.97]`). */
    lastValue?: string;
    successCondition?: string;
    failureCondition?: string;
    /** The query after argument substitution, when the controller recorded it. */
    resolvedQuery?: string;
    dryRun: boolean;
    /** The last value against each condition the metric sets, so the report says why a metric failed, not only that it did. */
    conditionChecks: ConditionCheck[];
    counts: {
        measurements: number;
        successful: number;
        failed: number;
        inconclusive: number;
        error: number;
        consecutiveError: number;
    };
    /** Spec values may be strings (`{{args.limit}}`) until the controller resolves them. */
    limits: {
        count?: number | string;
        failureLimit: number | string;
        inconclusiveLimit: number | string;
        consecutiveErrorLimit: number | string;
    };
}
/** One condition evaluated against the last measured value, with the notice line the report shows for it. */
export interface ConditionCheck {
    condition: 'successCondition' | 'failureCondition';
    expression: string;
    value: string;
    outcome: ConditionOutcome;
    /** `successCondition result[0] >= 0.95 with [0.97]: true`, or `…: condition not evaluated: <why>`. */
    line: string;
}
export interface AnalysisRunSummary {
    name: string;
    phase: string;
    message: string;
    /** `spec.terminate`: the rollout stopped the run, so Successful means "stopped before a failure", not "passed". */
    terminated: boolean;
    rolloutType?: string;
    podTemplateHash?: string;
    stepIndex?: number;
    metrics: MetricSummary[];
}
interface MetricSpec {
    name?: string;
    count?: number | string;
    failureLimit?: number | string;
    inconclusiveLimit?: number | string;
    consecutiveErrorLimit?: number | string;
    successCondition?: string;
    failureCondition?: string;
}
interface MetricResult {
    name?: string;
    phase?: string;
    count?: number;
    successful?: number;
    failed?: number;
    inconclusive?: number;
    error?: number;
    consecutiveError?: number;
    measurements?: {
        value?: string;
    }[];
    metadata?: Record<string, string>;
}
export interface AnalysisRunObject {
    metadata?: {
        name?: string;
        labels?: Record<string, string>;
    };
    spec?: {
        metrics?: MetricSpec[];
        /** The pre-release layout (Argo CD's test data): metrics one level down. */
        analysisSpec?: {
            metrics?: MetricSpec[];
        };
        terminate?: boolean;
        dryRun?: {
            metricName?: string;
        }[];
    };
    status?: {
        phase?: string;
        message?: string;
        metricResults?: MetricResult[];
    };
}
export declare function summarizeAnalysisRun(run: AnalysisRunObject): AnalysisRunSummary;
export {};
