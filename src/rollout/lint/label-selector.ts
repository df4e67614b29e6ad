import type { FieldPath } from './manifest.js';
import { asList, asRecord, isRecord } from './plain-data.js';
import { isLabelKey, isLabelValue } from './label-syntax.js';

/** What is wrong with a part of a label selector, where. */
export interface SelectorProblem {
  path: FieldPath;
  problem: string;
}

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** A label's value as the API reads it: YAML may have typed `version: 2` as a number. */
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/**
 * Kubernetes' label selector validation (ValidateLabelSelector): label keys and values of matchLabels, and each
 * matchExpression's key, a known operator, values for In/NotIn and none for Exists/DoesNotExist.
 */
export function selectorProblems(selector: Record<string, unknown>, path: FieldPath): SelectorProblem[] {
  const problems: SelectorProblem[] = [];
  for (const [key, value] of Object.entries(asRecord(selector.matchLabels))) {
    const at = [...path, 'matchLabels', key];
    if (!isLabelKey(key)) problems.push({ path: at, problem: `the label key '${key}' is not a valid label key` });
    if (!isLabelValue(text(value))) problems.push({ path: at, problem: `the label value '${text(value)}' is not a valid label value` });
  }
  asList(selector.matchExpressions).forEach((expression, index) => {
    const at = [...path, 'matchExpressions', index];
    const { key, operator, values } = asRecord(expression);
    if (!isLabelKey(text(key))) problems.push({ path: at, problem: `the key '${text(key)}' is not a valid label key` });
    if (!OPERATORS.includes(text(operator))) {
      problems.push({ path: at, problem: `the operator '${text(operator)}' is none of ${OPERATORS.join(', ')}` });
      return;
    }
    const count = asList(values).length;
    if ((operator === 'In' || operator === 'NotIn') && count === 0) problems.push({ path: at, problem: `the operator ${text(operator)} needs values` });
    if ((operator === 'Exists' || operator === 'DoesNotExist') && count > 0) problems.push({ path: at, problem: `the operator ${text(operator)} takes no values` });
  });
  return problems;
}

/**
 * The first of a selector's matchExpressions that the labels fail, described; undefined when they match (as
 * labels.Selector.Matches). Its matchLabels the rule compares itself, one report per label.
 */
export function unmatchedExpression(expressions: readonly unknown[], labels: Record<string, unknown>): { path: FieldPath; requirement: string } | undefined {
  for (const [index, expression] of expressions.entries()) {
    if (!isRecord(expression)) continue;
    const key = text(expression.key);
    const values = asList(expression.values).map(text);
    const has = Object.hasOwn(labels, key);
    const matches =
      expression.operator === 'In' ? has && values.includes(text(labels[key]))
      : expression.operator === 'NotIn' ? !has || !values.includes(text(labels[key]))
      : expression.operator === 'Exists' ? has
      : expression.operator === 'DoesNotExist' ? !has
      : true; // An unknown operator is a syntax problem, reported as such.
    if (!matches) return { path: ['matchExpressions', index], requirement: `${key} ${text(expression.operator)}${values.length > 0 ? ` (${values.join(', ')})` : ''}` };
  }
  return undefined;
}
