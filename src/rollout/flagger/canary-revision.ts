import { DEPLOYMENTS } from '../cluster/kube-resources.js';
import type { KubeObject, ObjectApi } from '../cluster/object-api.js';
import { readOrUnknown } from '../cluster/readable.js';
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

interface DeploymentObject extends KubeObject {
  spec?: { template?: { spec?: { containers?: { name?: string; image?: string }[] } } };
}

const PRIMARY_SUFFIX = '-primary';

/**
 * Flagger's `status.lastAppliedSpec` is an FNV-32a hash of Go's spew print of the target's PodTemplateSpec
 * (pkg/canary/util.go computeHash): it depends on Go's struct layout and cannot be recomputed from JSON. What can be
 * observed is what a promotion does: Flagger copies the target's pod template into `<target>-primary`. So a
 * Succeeded (or Initialized) Canary is about the current revision when the primary runs the target's containers
 * and images; when they differ, the deploy changed the target and Flagger has not analysed it yet (the stale
 * Succeeded of fluxcd/flagger#830). A change that leaves every image alone (only env or config) is not seen.
 */
export async function canaryRevision(api: ObjectApi, canary: FlaggerCanary): Promise<CanaryRevision> {
  const namespace = canary.metadata?.namespace ?? '';
  const target = canary.spec?.targetRef?.name;
  if (!target) return { state: 'unknown', detail: 'spec.targetRef.name is not set' };
  const read = await readOrUnknown(() =>
    Promise.all([api.get<DeploymentObject>(DEPLOYMENTS, { namespace, name: target }), api.get<DeploymentObject>(DEPLOYMENTS, { namespace, name: `${target}${PRIMARY_SUFFIX}` })]),
  );
  if (!read.known) return { state: 'unknown', detail: read.reason };
  const [targetImages, primaryImages] = read.value.map(containerImages);
  if (targetImages === primaryImages) return { state: 'current', detail: `deployment '${target}${PRIMARY_SUFFIX}' runs the target's ${targetImages || 'containers'}` };
  return {
    state: 'stale',
    detail: `Flagger has not promoted the target's current pod template: deployment '${target}' runs ${targetImages || 'no containers'}, '${target}${PRIMARY_SUFFIX}' runs ${primaryImages || 'no containers'}`,
  };
}

/** `web=registry.example/web:pr-42, sidecar=envoy:1.30`, sorted, so the two Deployments compare as text. */
function containerImages(deployment: DeploymentObject): string {
  return (deployment.spec?.template?.spec?.containers ?? [])
    .map((container) => `${container.name ?? ''}=${container.image ?? ''}`)
    .sort()
    .join(', ');
}
