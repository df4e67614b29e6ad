import { defineLintRule } from '../../lint/lint-rule.js';
import { analysisReferences } from '../../lint/analysis-references.js';
import { fieldPathText } from '../../lint/manifest.js';
import { namespaceOf } from '../../lint/template-index.js';

/**
 * R8: the controller marks the Rollout InvalidSpec ("AnalysisTemplate '<name>' not found"). References are looked up
 * among all manifests under the lint paths, so a template kept in another folder of the repository still counts.
 */
export const analysisTemplateNotFound = defineLintRule({
  meta: {
    id: 'analysis-template-not-found',
    category: 'configuration',
    severity: 'error',
    description: 'A templateName that matches no AnalysisTemplate (or, with clusterScope: true, no ClusterAnalysisTemplate) among the linted manifests.',
    summary: 'a `templateName` with no (Cluster)AnalysisTemplate among all manifests under the paths (R8)',
  },
  check(manifest, { templates }) {
    if (manifest.kind !== 'Rollout') return [];
    const namespace = namespaceOf(manifest);
    return analysisReferences(manifest).flatMap(({ templates: references }) =>
      references.flatMap((reference) => {
        if (templates.find(reference, namespace)) return [];
        const wanted = reference.clusterScope ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate';
        const otherScope = templates.find({ ...reference, clusterScope: !reference.clusterScope }, namespace);
        const hint = otherScope
          ? ` ${otherScope.kind === 'AnalysisTemplate' ? 'An' : 'A'} ${otherScope.kind} of that name exists in ${otherScope.file}: ${reference.clusterScope ? 'remove clusterScope: true' : 'add clusterScope: true'}.`
          : '';
        return [
          {
            path: reference.path,
            message: `${fieldPathText(reference.path)} is '${reference.templateName}', but no ${wanted} of that name is among the linted manifests.${hint}`,
            suggestion: `Add the ${wanted} '${reference.templateName}' under the lint paths, or correct the name.`,
          },
        ];
      }),
    );
  },
});
