import { evaluateExpression } from './evaluate-expression.js';
import { parseCondition, syntaxErrorText, usesUncoveredSyntax } from './expr-syntax.js';
import { ExprRuntimeError, ExprUnsupportedError, toExprValue, typeName } from './expr-value.js';

const ARGO_RECORDS_ERROR = '; Argo Rollouts records such a measurement as Error';

export type ConditionOutcome = { evaluated: true; value: boolean } | { evaluated: false; reason: string };

/**
 * Evaluates an Argo Rollouts successCondition/failureCondition (expr-lang) against a provider result, as the
 * controller would. Whatever falls outside the covered subset, and every error Argo itself would hit (the
 * measurement then turns Error), comes back as not evaluated with the reason: never a guessed true or false.
 */
export function evaluateCondition(source: string, result: unknown): ConditionOutcome {
  const parsed = parseCondition(source);
  if (!parsed.ok) {
    const syntax = syntaxErrorText(parsed);
    if (usesUncoveredSyntax(source)) return notEvaluated(`it uses expr-lang syntax outside the evaluated subset (${syntax})`);
    return notEvaluated(`it is not valid expr-lang (${syntax})${ARGO_RECORDS_ERROR}`);
  }
  try {
    const value = evaluateExpression(parsed.ast, { result: toExprValue(result) });
    if (typeof value !== 'boolean') return notEvaluated(`it yields ${typeName(value)}, not bool${ARGO_RECORDS_ERROR}`);
    return { evaluated: true, value };
  } catch (error) {
    if (error instanceof ExprRuntimeError) return notEvaluated(`${error.message}${ARGO_RECORDS_ERROR}`);
    if (error instanceof ExprUnsupportedError) return notEvaluated(error.message);
    // A stack overflow on absurdly nested input, say: still an answer, not a crash of the report.
    return notEvaluated(error instanceof Error ? error.message : String(error));
  }
}

function notEvaluated(reason: string): ConditionOutcome {
  return { evaluated: false, reason: `condition not evaluated: ${reason}` };
}

export { parseCondition };
