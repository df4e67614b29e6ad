import { CustomObjectsApi } from '@kubernetes/client-node';
import type { KubeClientConfig } from '../../core/analyzer.js';
import { clusterReadError, displayServer } from '../cluster/cluster-error.js';
import type { KubeResource } from '../cluster/kube-resources.js';
import type { AnalysisTemplateObject, TemplateRef } from './analysis-template.js';

const ANALYSIS_TEMPLATES: KubeResource = { group: 'argoproj.io', version: 'v1alpha1', plural: 'analysistemplates', kind: 'AnalysisTemplate' };
const CLUSTER_ANALYSIS_TEMPLATES: KubeResource = { group: 'argoproj.io', version: 'v1alpha1', plural: 'clusteranalysistemplates', kind: 'ClusterAnalysisTemplate' };

/** Reads the template a Rollout's analysis names; errors name the template, the namespace and the fix. */
export type AnalysisTemplateReader = (ref: TemplateRef, namespace: string) => Promise<AnalysisTemplateObject>;

/** AnalysisTemplates from the Rollout's namespace, ClusterAnalysisTemplates (`clusterScope: true`) from the cluster. */
export function kubeAnalysisTemplateReader(kubeConfig: KubeClientConfig): AnalysisTemplateReader {
  const customObjects = kubeConfig.makeApiClient(CustomObjectsApi);
  const server = displayServer(kubeConfig.getCurrentCluster()?.server);
  return async (ref, namespace) => {
    const resource = ref.clusterScope ? CLUSTER_ANALYSIS_TEMPLATES : ANALYSIS_TEMPLATES;
    const coordinates = { group: resource.group, version: resource.version, plural: resource.plural, name: ref.templateName };
    try {
      const object = ref.clusterScope ? await customObjects.getClusterCustomObject(coordinates) : await customObjects.getNamespacedCustomObject({ ...coordinates, namespace });
      return object as AnalysisTemplateObject;
    } catch (error) {
      throw clusterReadError({ verb: 'get', resource, namespace: ref.clusterScope ? '(cluster)' : namespace, name: ref.templateName, server }, error);
    }
  };
}
