import type { ClusterRollout } from '../cluster/rollout-api.js';
import type { AnalysisArgument, TemplateRef } from './analysis-template.js';
/** One analysis block of a canary: the background analysis, or the analysis of step N. */
export interface CanaryAnalysis {
    /** `background` or `step 3` (1-based, as `kubectl argo rollouts get` counts steps). */
    usage: string;
    templates: TemplateRef[];
    args: AnalysisArgument[];
}
/**
 * The analyses a canary Rollout runs against its new version: `spec.strategy.canary.analysis` (background) and
 * each step's `analysis`. Experiments are left out: their analyses measure the experiment's own ReplicaSets.
 */
export declare function canaryAnalyses(rollout: ClusterRollout): CanaryAnalysis[];
