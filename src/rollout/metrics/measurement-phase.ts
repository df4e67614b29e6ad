import { evaluateCondition } from '../expr/evaluate-condition.js';

export type MeasurementPhase = 'Successful' | 'Failed' | 'Inconclusive';

export type PhaseOutcome = { evaluated: true; phase: MeasurementPhase } | { evaluated: false; reason: string };

/**
 * The phase Argo gives one measurement (utils/evaluate EvaluateResult): no condition → Successful; only a success
 * condition → Failed when it is false; only a failure condition → Successful when it is false; both → Failed when
 * the failure condition holds (it wins), Successful when only the success one does, else Inconclusive. A condition
 * our evaluator cannot decide leaves the whole measurement undecided: half an answer would be a guess.
 */
export function measurementPhase(result: unknown, successCondition: string | undefined, failureCondition: string | undefined): PhaseOutcome {
  const success = decide(successCondition, result);
  if ('reason' in success) return { evaluated: false, reason: `successCondition '${successCondition}': ${success.reason}` };
  const failure = decide(failureCondition, result);
  if ('reason' in failure) return { evaluated: false, reason: `failureCondition '${failureCondition}': ${failure.reason}` };
  if (success.value === undefined && failure.value === undefined) return { evaluated: true, phase: 'Successful' };
  const failed = failure.value ?? !success.value;
  const succeeded = success.value ?? !failure.value;
  if (failed) return { evaluated: true, phase: 'Failed' };
  return { evaluated: true, phase: succeeded ? 'Successful' : 'Inconclusive' };
}

function decide(condition: string | undefined, result: unknown): { value: boolean | undefined } | { reason: string } {
  if (condition === undefined || condition === '') return { value: undefined };
  const outcome = evaluateCondition(condition, result);
  // The evaluator opens every reason with "condition not evaluated: "; the rule's message says that already.
  return outcome.evaluated ? { value: outcome.value } : { reason: outcome.reason.replace(/^condition not evaluated: /, '') };
}
