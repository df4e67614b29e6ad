import type { KubeClientConfig } from '../../core/analyzer.js';
import { kubeObjectApi } from '../cluster/kube-object-api.js';
import { ROLLOUTS } from '../cluster/kube-resources.js';
import type { ClusterRollout } from '../cluster/rollout-api.js';
import type { AnalysisArgument } from '../metrics/analysis-template.js';
import { canaryAnalyses } from '../metrics/canary-analyses.js';
import { resolveAnalysisArgs } from '../metrics/resolve-analysis-args.js';

/** The args a template gets from a live Rollout, by template; undefined when no live Rollout names it. */
export type LiveArgs = (template: { name: string; clusterScope: boolean; args: readonly AnalysisArgument[] }) => Record<string, string> | undefined;

/**
 * The live stable's args: the Rollouts of `namespace` are listed once, and a template gets the args of the first
 * Rollout (by name) whose canary analyses name it, resolved as the controller resolves them from that Rollout's
 * status (an arg it cannot resolve, such as one from a Secret, is left to `dry-run-args`).
 */
export async function liveStableArgs(kubeConfig: KubeClientConfig, namespace: string): Promise<LiveArgs> {
  const rollouts = (await kubeObjectApi(kubeConfig).list<ClusterRollout>(ROLLOUTS, namespace)).sort((a, b) => String(a.metadata?.name).localeCompare(String(b.metadata?.name)));
  return (template) => {
    for (const rollout of rollouts) {
      for (const analysis of canaryAnalyses(rollout)) {
        if (!analysis.templates.some((ref) => ref.templateName === template.name && ref.clusterScope === template.clusterScope)) continue;
        const resolved = resolveAnalysisArgs(template.args, analysis.args, rollout);
        if (resolved.ok) return resolved.values;
      }
    }
    return undefined;
  };
}
