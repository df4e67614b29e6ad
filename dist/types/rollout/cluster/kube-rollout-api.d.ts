import { type KubeConfig } from '@kubernetes/client-node';
import type { RolloutApi } from './rollout-api.js';
/** Rollouts read through @kubernetes/client-node: a get by name, and a watch narrowed to that name. */
export declare function kubeRolloutApi(kubeConfig: KubeConfig): RolloutApi;
