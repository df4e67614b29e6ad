import { defineLintRule } from '../../lint/lint-rule.js';
import { analysisReferences } from '../../lint/analysis-references.js';
import { fieldPathText, type Manifest } from '../../lint/manifest.js';
import { namespaceOf, type TemplateIndex, type TemplateReference } from '../../lint/template-index.js';

/**
 * R8: a templateName no linted manifest defines. The controller marks the Rollout InvalidSpec when the cluster has no
 * such template either, but only the cluster knows that: ClusterAnalysisTemplates and shared templates are often
 * installed from another repository. So a plain miss is a notice; a miss with a namesake the Rollout cannot reach (the
 * other scope, another namespace) is a warning, since that is most likely the mistake.
 */
export const analysisTemplateNotFound = defineLintRule({
  meta: {
    id: 'analysis-template-not-found',
    category: 'configuration',
    severity: 'notice',
    description: 'A templateName that matches no AnalysisTemplate (or, with clusterScope: true, no ClusterAnalysisTemplate) among the linted manifests.',
    summary: 'a `templateName` with no (Cluster)AnalysisTemplate among all manifests under the paths (R8)',
  },
  check(manifest, { templates }) {
    if (manifest.kind !== 'Rollout') return [];
    return analysisReferences(manifest).flatMap(({ templates: references }) =>
      references.flatMap((reference) => {
        if (templates.find(reference, manifest)) return [];
        const wanted = reference.clusterScope ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate';
        const hint = unreachableNamesake(reference, manifest, templates);
        return [
          {
            path: reference.path,
            message: hint
              ? `${fieldPathText(reference.path)} is '${reference.templateName}', but no ${wanted} of that name is among the linted manifests. ${hint}`
              : `${fieldPathText(reference.path)} is '${reference.templateName}', but no ${wanted} of that name is among the linted manifests; only the cluster can tell whether it exists there.`,
            suggestion: `Add the ${wanted} '${reference.templateName}' under the lint paths to have it checked, or correct the name.`,
            ...(hint ? { severity: 'warning' as const } : {}),
          },
        ];
      }),
    );
  },
});

/** A template of that name the Rollout cannot reach: the other scope, or an AnalysisTemplate of another namespace. */
function unreachableNamesake(reference: TemplateReference, rollout: Manifest, templates: TemplateIndex): string | undefined {
  const otherScope = templates.find({ ...reference, clusterScope: !reference.clusterScope }, rollout);
  if (otherScope) {
    return `${otherScope.kind === 'AnalysisTemplate' ? 'An' : 'A'} ${otherScope.kind} of that name exists in ${otherScope.file}: ${reference.clusterScope ? 'remove clusterScope: true' : 'add clusterScope: true'}.`;
  }
  if (reference.clusterScope) return undefined;
  // Looked up as if the Rollout had no namespace: what it would find applied with `-n` to another namespace.
  const anywhere = templates.find(reference, { ...rollout, object: { ...rollout.object, metadata: {} } });
  if (!anywhere) return undefined;
  return `An AnalysisTemplate of that name exists in namespace ${namespaceOf(anywhere)} (${anywhere.file}), but an AnalysisTemplate is only found in the Rollout's own namespace, ${namespaceOf(rollout)}.`;
}
