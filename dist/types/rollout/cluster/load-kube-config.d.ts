import type { KubeConfig } from '@kubernetes/client-node';
import type { Config } from '../../core/config/config.js';
/**
 * The cluster connection the rollout check follows objects in, unless the caller passed one: the `kubeconfig` setting, else
 * KUBECONFIG / ~/.kube/config, else the in-cluster service account; then `context`. Undefined when the run follows
 * nothing (no names, no selector), so a review or a lint never loads the Kubernetes client.
 */
export declare function loadKubeConfig(config: Config): Promise<KubeConfig | undefined>;
