import { defineLintRule } from '../../lint/lint-rule.js';
import type jsep from 'jsep';
import { parseCondition } from '../../expr/expr-syntax.js';
import { fieldPathText, isAnalysisTemplate } from '../../lint/manifest.js';
import { asString } from '../../lint/plain-data.js';
import { templateMetrics } from '../../lint/template-metrics.js';

/** For conditions the expr parser cannot read: the textual forms of the index and of the guards. */
const INDEXED_RESULT = /\bresult\s*\[\s*0\s*\]/;
/** Either guard the analysis docs recommend ("Handling Metric Results"). */
const GUARD = /\blen\s*\(\s*result\s*\)|\bisNaN\s*\(/;
const CONDITIONS = ['successCondition', 'failureCondition'] as const;

/** R16: an empty result or NaN makes `result[0]` fail to evaluate, and the measurement errors (argo-rollouts #1466). */
export const unguardedResultIndex = defineLintRule({
  meta: {
    id: 'unguarded-result-index',
    category: 'configuration',
    severity: 'warning',
    description: 'A condition that indexes result[0] without guarding an empty result or NaN.',
    summary: '`result[0]` without a `len(result)` / `isNaN` guard (R16)',
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(({ metric, path }) =>
      CONDITIONS.flatMap((key) => {
        const condition = asString(metric[key]);
        if (condition === undefined || !indexesResultUnguarded(condition)) return [];
        const conditionPath = [...path, key];
        return [
          {
            path: conditionPath,
            message: `${fieldPathText(conditionPath)} is '${condition}': it indexes result[0] without guarding an empty result or NaN, so a query with no data errors the measurement.`,
            suggestion: `Guard it: len(result) == 0 || isNaN(result[0]) || (${condition}), choosing whether no data should pass or fail.`,
          },
        ];
      }),
    );
  },
});

/** Read from the parsed expression where possible, so `"result[0]"` inside a string literal is not an index. */
function indexesResultUnguarded(condition: string): boolean {
  const parsed = parseCondition(condition);
  if (!parsed.ok) return INDEXED_RESULT.test(condition) && !GUARD.test(condition);
  const nodes = [...walk(parsed.ast)];
  return nodes.some(isFirstResultIndex) && !nodes.some(isGuardCall);
}

function* walk(node: jsep.Expression): Generator<jsep.Expression> {
  yield node;
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child !== null && typeof child === 'object' && 'type' in child && typeof child.type === 'string') yield* walk(child as jsep.Expression);
    }
  }
}

function isFirstResultIndex(node: jsep.Expression): boolean {
  if (node.type !== 'MemberExpression') return false;
  const { computed, object, property } = node as jsep.MemberExpression;
  const onResult = object.type === 'Identifier' && (object as jsep.Identifier).name === 'result';
  return computed && onResult && property.type === 'Literal' && (property as jsep.Literal).raw === '0';
}

/** `len(result)` or `isNaN(…)`: either shows the author thought about no data. */
function isGuardCall(node: jsep.Expression): boolean {
  if (node.type !== 'CallExpression') return false;
  const { callee, arguments: args } = node as jsep.CallExpression;
  if (callee.type !== 'Identifier') return false;
  const name = (callee as jsep.Identifier).name;
  if (name === 'isNaN') return true;
  return name === 'len' && args.length === 1 && args[0].type === 'Identifier' && (args[0] as jsep.Identifier).name === 'result';
}
