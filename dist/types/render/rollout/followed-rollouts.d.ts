import type { Finding } from '../../core/finding.js';
import { type AnalyzerRun, type Report } from '../../core/report.js';
import type { CanaryStepSummary, MetricSummary } from '../../rollout/meta.js';
/** One AnalysisRun as the renderers show it, whichever of the two shapes the stats carry (status names it, or the full summary). */
export interface AnalysisRunView {
    name: string;
    /** Step, Background, PrePromotion or PostPromotion, when known. */
    type?: string;
    phase: string;
    message: string;
    metrics: MetricSummary[];
}
/** A followed object (an Argo Rollout or a Flagger Canary) with the verdict findings about it. */
export interface FollowedRollout {
    kind: string;
    name: string;
    namespace: string;
    phase: string;
    message: string;
    ending: string;
    needsPromotion: boolean;
    step?: number;
    steps?: number;
    /** A weight the cluster would not tell us (a 403 on ReplicaSets) is the string "unknown". */
    weights?: {
        desired?: number | string;
        actual?: number | string;
    };
    stepList: CanaryStepSummary[];
    analysisRuns: AnalysisRunView[];
    /** Flagger: failed metric checks against the analysis threshold that rolls the canary back. */
    checks?: {
        failed: number;
        threshold: number;
    };
    /** Fields the checker's account could not read (a 403), each with the reason the API server gave. */
    unknown: Record<string, string>;
    verdicts: Finding[];
}
/** The objects the rollout runs followed, from their stats, each with the verdict findings about it. */
export declare function followedRollouts(report: Report, inScope?: (run: AnalyzerRun) => boolean): FollowedRollout[];
