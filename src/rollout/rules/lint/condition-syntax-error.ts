import { defineLintRule } from '../../lint/lint-rule.js';
import { parseCondition, syntaxErrorText, usesUncoveredSyntax } from '../../expr/expr-syntax.js';
import { fieldPathText, isAnalysisTemplate } from '../../lint/manifest.js';
import { asString } from '../../lint/plain-data.js';
import { templateMetrics } from '../../lint/template-metrics.js';

const CONDITIONS = ['successCondition', 'failureCondition'] as const;
/** Argo resolves `{{args.x}}` in conditions before expr-lang sees them; a number-like filler keeps the offsets. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/**
 * A success or failure condition that is not valid expr-lang: the controller cannot compile it, so every measurement
 * of the metric turns Error and the AnalysisRun ends in Error. Conditions using expr-lang syntax this parser does not
 * cover (slices, pipes, map literals, …) are left alone rather than guessed at.
 */
export const conditionSyntaxError = defineLintRule({
  meta: {
    id: 'condition-syntax-error',
    category: 'configuration',
    severity: 'error',
    description: 'A successCondition or failureCondition that does not parse as expr-lang.',
    summary: 'a `successCondition` / `failureCondition` that is not valid expr-lang, so every measurement errors',
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(({ metric, path }) =>
      CONDITIONS.flatMap((key) => {
        const condition = asString(metric[key]);
        if (condition === undefined || usesUncoveredSyntax(condition)) return [];
        const parsed = parseCondition(condition.replace(PLACEHOLDER, (placeholder) => '0'.padEnd(placeholder.length, ' ')));
        if (parsed.ok) return [];
        const conditionPath = [...path, key];
        return [
          {
            path: conditionPath,
            message: `${fieldPathText(conditionPath)} is '${condition}', which is not valid expr-lang (${syntaxErrorText(parsed)}): every measurement errors.`,
            suggestion: "Write a boolean expression over result, such as 'len(result) == 0 || result[0] >= 0.95'.",
          },
        ];
      }),
    );
  },
});
