import { parseCondition } from './expr-syntax.js';
export type ConditionOutcome = {
    evaluated: true;
    value: boolean;
} | {
    evaluated: false;
    reason: string;
};
/**
 * Evaluates an Argo Rollouts successCondition/failureCondition (expr-lang) against a provider result, as the
 * controller would. Whatever falls outside the covered subset, and every error Argo itself would hit (the
 * measurement then turns Error), comes back as not evaluated with the reason: never a guessed true or false.
 */
export declare function evaluateCondition(source: string, result: unknown): ConditionOutcome;
export { parseCondition };
