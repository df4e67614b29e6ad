import { type KubeConfig } from '@kubernetes/client-node';
import type { AnalysisTemplateObject, TemplateRef } from './analysis-template.js';
/** Reads the template a Rollout's analysis names; errors name the template, the namespace and the fix. */
export type AnalysisTemplateReader = (ref: TemplateRef, namespace: string) => Promise<AnalysisTemplateObject>;
/** AnalysisTemplates from the Rollout's namespace, ClusterAnalysisTemplates (`clusterScope: true`) from the cluster. */
export declare function kubeAnalysisTemplateReader(kubeConfig: KubeConfig): AnalysisTemplateReader;
