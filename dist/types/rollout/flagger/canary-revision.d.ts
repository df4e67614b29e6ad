import type { ObjectApi } from '../cluster/object-api.js';
import type { FlaggerCanary } from './canary-object.js';
/**
 * Whether a Canary's verdict is about the target Deployment's current pod template. `current` and `stale` are
 * decided; `unknown` when the Deployments could not be read (403, or no primary yet); `unchecked` for phases the
 * check does not apply to.
 */
export interface CanaryRevision {
    state: 'current' | 'stale' | 'unknown' | 'unchecked';
    detail: string;
}
/**
 * Flagger's `status.lastAppliedSpec` is an FNV-32a hash of Go's spew print of the target's PodTemplateSpec
 * (pkg/canary/util.go computeHash): it depends on Go's struct layout and cannot be recomputed from JSON. What can be
 * observed is what a promotion does: Flagger copies the target's pod template into `<target>-primary`. So a
 * Succeeded (or Initialized) Canary is about the current revision when the primary runs the target's containers
 * and images; when they differ, the deploy changed the target and Flagger has not analysed it yet (the stale
 * Succeeded of fluxcd/flagger#830). A change that leaves every image alone (only env or config) is not seen.
 */
export declare function canaryRevision(api: ObjectApi, canary: FlaggerCanary): Promise<CanaryRevision>;
