export type MeasurementPhase = 'Successful' | 'Failed' | 'Inconclusive';
export type PhaseOutcome = {
    evaluated: true;
    phase: MeasurementPhase;
} | {
    evaluated: false;
    reason: string;
};
/**
 * The phase Argo gives one measurement (utils/evaluate EvaluateResult): no condition → Successful; only a success
 * condition → Failed when it is false; only a failure condition → Successful when it is false; both → Failed when
 * the failure condition holds (it wins), Successful when only the success one does, else Inconclusive. A condition
 * our evaluator cannot decide leaves the whole measurement undecided: half an answer would be a guess.
 */
export declare function measurementPhase(result: unknown, successCondition: string | undefined, failureCondition: string | undefined): PhaseOutcome;
