import { type AnalysisRunSummary } from '../status/analysis-run-summary.js';
import type { ObjectApi } from './object-api.js';
import { type Readable } from './readable.js';
import type { ClusterRollout } from './rollout-api.js';
/**
 * The AnalysisRuns of the Rollout's current revision, as `kubectl argo rollouts get` finds them: owned by the
 * Rollout (ownerReferences uid) and labelled with its `status.currentPodHash`. The label goes to the server as a
 * selector, so runs of older revisions are never sent. A 403 makes the list unknown rather than failing the run:
 * the verdict comes from the Rollout, the runs only explain it.
 */
export declare function analysisRunsOfRevision(api: ObjectApi, rollout: ClusterRollout): Promise<Readable<AnalysisRunSummary[]>>;
