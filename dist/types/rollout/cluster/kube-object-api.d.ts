import { type KubeConfig } from '@kubernetes/client-node';
import type { ObjectApi } from './object-api.js';
/**
 * The reads through @kubernetes/client-node. Custom resources and apps/v1 share one URL layout
 * (`/apis/GROUP/VERSION/namespaces/NS/PLURAL[/NAME]`), so the custom-objects client serves both.
 */
export declare function kubeObjectApi(kubeConfig: KubeConfig): ObjectApi;
