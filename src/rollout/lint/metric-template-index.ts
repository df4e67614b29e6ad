import type { Manifest } from './manifest.js';
import { asRecord, asString } from './plain-data.js';

export interface MetricTemplateIndex {
  /** The Flagger MetricTemplate a Canary's templateRef names: in `namespace`, else the Canary's, its own file first. */
  metricTemplate(name: string, namespace: string | undefined, from: Manifest): Manifest | undefined;
}

export function indexMetricTemplates(manifests: readonly Manifest[]): MetricTemplateIndex {
  const templates = manifests.filter((manifest) => manifest.kind === 'MetricTemplate');
  const namespaceOf = (manifest: Manifest) => asString(asRecord(manifest.object.metadata).namespace);
  return {
    metricTemplate(name, namespace, from) {
      const wanted = namespace ?? namespaceOf(from);
      const candidates = templates.filter((template) => {
        const own = namespaceOf(template);
        return template.name === name && (own === undefined || wanted === undefined || own === wanted);
      });
      return candidates.find((template) => template.file === from.file) ?? candidates[0];
    },
  };
}
