import { summarizeAnalysisRun, type AnalysisRunObject, type AnalysisRunSummary } from '../status/analysis-run-summary.js';
import { ANALYSIS_RUNS } from './kube-resources.js';
import type { KubeObject, ObjectApi } from './object-api.js';
import { readOrUnknown, type Readable } from './readable.js';
import type { ClusterRollout } from './rollout-api.js';

const POD_TEMPLATE_HASH = 'rollouts-pod-template-hash';

/**
 * The AnalysisRuns of the Rollout's current revision, as `kubectl argo rollouts get` finds them: owned by the
 * Rollout (ownerReferences uid) and labelled with its `status.currentPodHash`. The label goes to the server as a
 * selector, so runs of older revisions are never sent. A 403 makes the list unknown rather than failing the run:
 * the verdict comes from the Rollout, the runs only explain it.
 */
export async function analysisRunsOfRevision(api: ObjectApi, rollout: ClusterRollout): Promise<Readable<AnalysisRunSummary[]>> {
  const hash = rollout.status?.currentPodHash;
  const uid = rollout.metadata?.uid;
  const namespace = rollout.metadata?.namespace;
  if (!hash || !uid || !namespace) return { known: true, value: [] };
  return readOrUnknown(async () => {
    const runs = await api.list<AnalysisRunObject & KubeObject>(ANALYSIS_RUNS, namespace, `${POD_TEMPLATE_HASH}=${hash}`);
    const owned = runs.filter((run) => (run.metadata?.ownerReferences ?? []).some((owner) => owner.uid === uid));
    return owned.map(summarizeAnalysisRun).sort((left, right) => left.name.localeCompare(right.name));
  });
}
