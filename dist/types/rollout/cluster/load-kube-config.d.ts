import type { KubeConfig } from '@kubernetes/client-node';
import type { Config } from '../../core/config.js';
/**
 * The cluster connection both doors (CLI and action) pass to the rollout check: the `kubeconfig` setting, else
 * KUBECONFIG / ~/.kube/config, else the in-cluster service account; then `context`. Undefined when the run follows
 * nothing (no names, no selector), so a review or a lint never loads the Kubernetes client.
 */
export declare function loadKubeConfig(config: Config): Promise<KubeConfig | undefined>;
