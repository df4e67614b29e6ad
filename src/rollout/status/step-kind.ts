export const STEP_KINDS = ['setWeight', 'pause', 'experiment', 'analysis', 'setCanaryScale', 'setHeaderRoute', 'setMirrorRoute', 'plugin'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The kinds a step sets; the controller accepts exactly one, so more or fewer is an invalid spec. */
export function stepKinds(step: Partial<Record<StepKind, unknown>>): StepKind[] {
  return STEP_KINDS.filter((kind) => step[kind] !== undefined);
}

/** `pause: {}` (or `pause:` with no duration) waits for a manual promote, however long that takes. */
export function isIndefinitePause(step: { pause?: unknown }): boolean {
  if (step.pause === undefined) return false;
  return typeof step.pause !== 'object' || step.pause === null || !('duration' in step.pause) || step.pause.duration === undefined;
}
