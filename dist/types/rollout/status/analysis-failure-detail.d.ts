import type { AnalysisRunSummary } from './analysis-run-summary.js';
/**
 * What the controller's abort message leaves out (argoproj/argo-rollouts#2741): the value each failing metric
 * measured and the condition it was held to, e.g. `metric "error-rate" measured [0.1] (success condition
 * result[0] < 0.05)`. Empty when no run of the revision failed or the runs could not be read.
 */
export declare function analysisFailureDetail(runs: readonly AnalysisRunSummary[]): string;
