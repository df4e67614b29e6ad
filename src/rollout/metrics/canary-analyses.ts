import type { ClusterRollout } from '../cluster/rollout-api.js';
import type { AnalysisArgument, TemplateRef } from './analysis-template.js';

/** One analysis block of a canary: the background analysis, or the analysis of step N. */
export interface CanaryAnalysis {
  /** `background` or `step 3` (1-based, as `kubectl argo rollouts get` counts steps). */
  usage: string;
  templates: TemplateRef[];
  args: AnalysisArgument[];
}

interface AnalysisBlock {
  templates?: { templateName?: string; clusterScope?: boolean }[];
  args?: AnalysisArgument[];
}

/**
 * The analyses a canary Rollout runs against its new version: `spec.strategy.canary.analysis` (background) and
 * each step's `analysis`. Experiments are left out: their analyses measure the experiment's own ReplicaSets.
 */
export function canaryAnalyses(rollout: ClusterRollout): CanaryAnalysis[] {
  const canary = rollout.spec?.strategy?.canary as ({ analysis?: AnalysisBlock; steps?: { analysis?: AnalysisBlock }[] } | undefined);
  if (!canary) return [];
  const analyses: CanaryAnalysis[] = [];
  if (canary.analysis) analyses.push(analysisOf('background', canary.analysis));
  (canary.steps ?? []).forEach((step, index) => {
    if (step.analysis) analyses.push(analysisOf(`step ${index + 1}`, step.analysis));
  });
  return analyses;
}

function analysisOf(usage: string, block: AnalysisBlock): CanaryAnalysis {
  const templates = (block.templates ?? []).flatMap((entry) => (typeof entry.templateName === 'string' ? [{ templateName: entry.templateName, clusterScope: entry.clusterScope === true }] : []));
  return { usage, templates, args: block.args ?? [] };
}
