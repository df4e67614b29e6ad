import type { CanaryStep } from './rollout-object.js';
import { type StepKind } from './step-kind.js';
/**
 * One canary step as the report carries it, for the step diagram of the comment: its kind and the one value that
 * says what it does. Data only; the renderers word it.
 */
export interface CanaryStepSummary {
    kind: StepKind | 'invalid';
    /** setWeight (and setCanaryScale's weight): the canary's traffic share in percent. */
    weight?: number;
    /** pause: the duration as written (`30s`, or seconds as a number); absent means it waits for a promote. */
    duration?: string | number;
    /** analysis and experiment: the AnalysisTemplates (or experiment templates) it runs. */
    templates?: string[];
}
export declare function summarizeCanarySteps(steps: readonly CanaryStep[]): CanaryStepSummary[];
