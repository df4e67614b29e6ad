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
