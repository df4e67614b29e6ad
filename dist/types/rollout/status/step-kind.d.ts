export declare const STEP_KINDS: readonly ["setWeight", "pause", "experiment", "analysis", "setCanaryScale", "setHeaderRoute", "setMirrorRoute", "plugin"];
export type StepKind = (typeof STEP_KINDS)[number];
/** The kinds a step sets; the controller accepts exactly one, so more or fewer is an invalid spec. */
export declare function stepKinds(step: Partial<Record<StepKind, unknown>>): StepKind[];
/** `pause: {}` (or `pause:` with no duration) waits for a manual promote, however long that takes. */
export declare function isIndefinitePause(step: {
    pause?: unknown;
}): boolean;
