import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { selectorProblems, unmatchedExpression } from '../../lint/label-selector.js';
import { asRecord, isRecord } from '../../lint/plain-data.js';

/**
 * What the controller refuses about the Rollout's selector and pod template: a Rollout without workloadRef needs a
 * valid, non-empty selector that the template's labels match, matchLabels and matchExpressions alike (otherwise its
 * ReplicaSets own no pods), and a
 * Rollout with workloadRef must leave spec.template empty. A missing selector is reported when the Rollout has a
 * template, or no spec at all: a spec with neither template nor workloadRef is taken for a patch of a Rollout
 * defined elsewhere (Kustomize), which the lint cannot complete.
 */
export const rolloutSelectorInvalid = defineLintRule({
  meta: {
    id: 'rollout-selector-invalid',
    category: 'configuration',
    severity: 'error',
    description:
      'A Rollout without workloadRef and without a selector, with an empty or malformed one (label syntax, matchExpressions operators and values), or one its pod template\'s labels do not match; or a workloadRef Rollout with a pod template.',
    summary: 'no, empty or malformed `spec.selector`, or one the pod template\'s labels do not match; or workloadRef with a template',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout') return [];
    const spec = asRecord(manifest.object.spec);
    const reports: LintReport[] = [];
    if (spec.workloadRef !== undefined) {
      if (isRecord(spec.template) && Object.keys(spec.template).length > 0) {
        reports.push({ path: ['spec', 'template'], message: 'spec.template is set beside spec.workloadRef; a Rollout that takes its pods from a workload must leave its template empty.', suggestion: 'Remove spec.template, or remove workloadRef.' });
      }
      return reports;
    }
    if (!isRecord(spec.selector)) {
      // A Rollout with neither a template nor a spec is a fragment, such as a Kustomize patch of the strategy; a
      // Rollout with no spec at all is not.
      if (spec.template === undefined && manifest.object.spec !== undefined) return [];
      return [{ path: ['spec'], message: `Rollout '${manifest.name}' has no spec.selector; without workloadRef the controller needs one to own its pods.`, suggestion: 'Add spec.selector.matchLabels with the labels of spec.template.metadata.labels.' }];
    }
    const matchLabels = asRecord(spec.selector.matchLabels);
    const expressions = Array.isArray(spec.selector.matchExpressions) ? spec.selector.matchExpressions : [];
    if (Object.keys(matchLabels).length + expressions.length === 0) {
      return [{ path: ['spec', 'selector'], message: 'spec.selector is empty; the controller refuses a selector that would match every pod.', suggestion: 'Add matchLabels with the labels of spec.template.metadata.labels.' }];
    }
    const syntax = selectorProblems(spec.selector, ['spec', 'selector']);
    for (const { path, problem } of syntax) {
      reports.push({ path, message: `spec.selector is malformed: ${problem}; the controller refuses the Rollout.`, suggestion: 'Write the selector as Kubernetes label selectors are written (matchLabels of valid keys and values; matchExpressions with In, NotIn, Exists or DoesNotExist).' });
    }
    if (syntax.length > 0) return reports;
    const labels = asRecord(asRecord(asRecord(spec.template).metadata).labels);
    for (const [key, value] of Object.entries(matchLabels)) {
      if (String(labels[key]) === String(value)) continue;
      reports.push({
        path: ['spec', 'selector', 'matchLabels', key],
        message: `spec.selector.matchLabels.${key} is ${String(value)}, but spec.template.metadata.labels ${labels[key] === undefined ? `has no ${key}` : `has ${key}: ${String(labels[key])}`}: the selector must match the template's labels.`,
        suggestion: `Give the pod template the label ${key}: ${String(value)}, or change the selector.`,
      });
    }
    const unmatched = reports.length === 0 ? unmatchedExpression(expressions, labels) : undefined;
    if (unmatched) {
      reports.push({
        path: ['spec', 'selector', ...unmatched.path],
        message: `spec.selector requires ${unmatched.requirement}, which spec.template.metadata.labels do not meet: the selector must match the template's labels.`,
        suggestion: "Change the pod template's labels or the selector's matchExpressions so the template matches.",
      });
    }
    return reports;
  },
});
