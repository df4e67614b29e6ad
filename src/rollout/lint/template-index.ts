import { isAnalysisTemplate, type Manifest } from './manifest.js';
import { asRecord, asString } from './plain-data.js';

export interface TemplateReference {
  templateName: string;
  /** `clusterScope: true` looks for a ClusterAnalysisTemplate, otherwise an AnalysisTemplate. */
  clusterScope: boolean;
}

export interface TemplateIndex {
  /** The template `from` (a Rollout) would get from the cluster, as far as the linted files can tell. */
  find(reference: TemplateReference, from: Manifest): Manifest | undefined;
  /** The other templates the cluster would confuse with this one: same kind, same name, same namespace. */
  namesakes(template: Manifest): Manifest[];
}

/**
 * Templates by kind and name, resolved as the cluster would: an AnalysisTemplate only from the Rollout's own
 * namespace, a ClusterAnalysisTemplate from anywhere. A manifest without a namespace is applied with `-n`, so it
 * matches any namespace. When several files define the name, the Rollout's own file wins (it is what is applied
 * together), then the first file in name order; the namesakes are reported by duplicate-template-name.
 */
export function indexTemplates(manifests: readonly Manifest[]): TemplateIndex {
  const templates = manifests.filter(isAnalysisTemplate);
  const sameNamespace = (a: Manifest, b: Manifest) => {
    const first = namespaceOf(a);
    const second = namespaceOf(b);
    return first === undefined || second === undefined || first === second;
  };
  return {
    find(reference, from) {
      const kind = reference.clusterScope ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate';
      const candidates = templates.filter(
        (template) => template.kind === kind && template.name === reference.templateName && (kind === 'ClusterAnalysisTemplate' || sameNamespace(template, from)),
      );
      return candidates.find((template) => template.file === from.file) ?? candidates[0];
    },
    namesakes(template) {
      return templates.filter(
        (other) => other !== template && other.kind === template.kind && other.name === template.name && (template.kind === 'ClusterAnalysisTemplate' || sameNamespace(other, template)),
      );
    },
  };
}

export function namespaceOf(manifest: Manifest): string | undefined {
  return asString(asRecord(manifest.object.metadata).namespace);
}
