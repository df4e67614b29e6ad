import type { Manifest } from './manifest.js';
import { asRecord, asString } from './plain-data.js';

export interface TemplateReference {
  templateName: string;
  /** `clusterScope: true` looks for a ClusterAnalysisTemplate, otherwise an AnalysisTemplate. */
  clusterScope: boolean;
}

export interface TemplateIndex {
  find(reference: TemplateReference, namespace: string | undefined): Manifest | undefined;
}

/**
 * Templates by kind and name. A manifest without a namespace is applied with `-n`, so it matches any namespace;
 * two namespaced manifests must agree. A ClusterAnalysisTemplate has no namespace.
 */
export function indexTemplates(manifests: readonly Manifest[]): TemplateIndex {
  const templates = manifests.filter((manifest) => manifest.kind !== 'Rollout');
  return {
    find(reference, namespace) {
      const kind = reference.clusterScope ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate';
      return templates.find((template) => {
        if (template.kind !== kind || template.name !== reference.templateName) return false;
        if (kind === 'ClusterAnalysisTemplate') return true;
        const templateNamespace = namespaceOf(template);
        return templateNamespace === undefined || namespace === undefined || templateNamespace === namespace;
      });
    },
  };
}

export function namespaceOf(manifest: Manifest): string | undefined {
  return asString(asRecord(manifest.object.metadata).namespace);
}
