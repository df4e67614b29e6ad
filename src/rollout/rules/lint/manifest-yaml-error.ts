import { defineLintRule } from '../../lint/lint-rule.js';

/**
 * A Rollout or template whose YAML does not parse. Only this file's manifest is lost: the other files are still
 * linted, and the broken manifest keeps its name in the reference index so nothing is reported as missing.
 */
export const manifestYamlError = defineLintRule({
  meta: {
    id: 'manifest-yaml-error',
    category: 'configuration',
    severity: 'error',
    description: 'A Rollout, AnalysisTemplate or ClusterAnalysisTemplate document that is not valid YAML.',
    summary: 'a Rollout or (Cluster)AnalysisTemplate document that does not parse as YAML',
  },
  checksBrokenManifests: true,
  check(manifest) {
    const error = manifest.syntaxError;
    if (!error) return [];
    return [
      {
        path: [],
        position: { line: error.line, column: error.column, endLine: error.endLine, endColumn: error.endColumn },
        message: `${manifest.kind}${manifest.name ? ` '${manifest.name}'` : ''} is not valid YAML: ${error.message}; nothing else in it was checked.`,
        suggestion: 'Fix the YAML (kubectl apply --dry-run=client -f FILE shows the same error); a Helm or Kustomize template must be rendered first.',
      },
    ];
  },
});
