import { defineLintRule } from '../../lint/lint-rule.js';
import { type Manifest, isAnalysisTemplate } from '../../lint/manifest.js';

/**
 * One name, two templates in one namespace: the cluster keeps whichever was applied last, so which metrics a Rollout
 * runs depends on the apply order. The lint resolves a Rollout's reference to its own file's template first, then
 * the first file in name order, and says so here, on every definition after the first.
 */
export const duplicateTemplateName = defineLintRule({
  meta: {
    id: 'duplicate-template-name',
    category: 'configuration',
    severity: 'warning',
    description: 'An AnalysisTemplate or ClusterAnalysisTemplate whose kind and name (and namespace) another linted manifest also defines.',
    summary: 'two (Cluster)AnalysisTemplates with one name in one namespace: the cluster keeps the last applied',
  },
  check(manifest, { templates }) {
    if (!isAnalysisTemplate(manifest)) return [];
    const here = placeOf(manifest);
    const earlier = templates.namesakes(manifest).filter((other) => comparePlaces(placeOf(other), here) < 0);
    if (earlier.length === 0) return [];
    const first = earlier.reduce((a, b) => (comparePlaces(placeOf(a), placeOf(b)) <= 0 ? a : b));
    const { file, line } = placeOf(first);
    return [
      {
        path: ['metadata', 'name'],
        message: `${manifest.kind} '${manifest.name}' is also defined in ${file}:${line}, in the same ${manifest.kind === 'ClusterAnalysisTemplate' ? 'cluster' : 'namespace'}: the cluster keeps whichever is applied last. The lint resolves a Rollout's reference to the one in its own file, else to ${file}.`,
        suggestion: 'Rename one of them (and the templateName of the Rollouts that mean it), or keep a single definition.',
      },
    ];
  },
});

function placeOf(manifest: Manifest): { file: string; line: number } {
  return { file: manifest.file, line: manifest.locate(['metadata', 'name']).line };
}

function comparePlaces(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
}
