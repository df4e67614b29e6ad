import { canaryEnding, canaryPhase, canaryPhaseMeaning, canaryProgressLine } from '../../../src/rollout/flagger/canary-phase.js';
import type { FlaggerCanary } from '../../../src/rollout/flagger/canary-object.js';

const withPhase = (phase: string | undefined): FlaggerCanary => ({ status: phase === undefined ? undefined : { phase, canaryWeight: 30, failedChecks: 1 } });

describe('what each Flagger phase means for the wait', () => {
  // Every phase of pkg/apis/flagger/v1beta1/status.go, and a Canary Flagger has not reconciled yet.
  it.each([
    ['Initializing', 'in-progress', undefined, undefined],
    ['Initialized', 'promoted', 'healthy', 'healthy'],
    ['Waiting', 'in-progress', undefined, undefined],
    ['Progressing', 'in-progress', undefined, undefined],
    ['WaitingPromotion', 'waiting-promotion', undefined, 'paused'],
    ['Promoting', 'in-progress', undefined, undefined],
    ['Finalising', 'in-progress', undefined, undefined],
    ['Succeeded', 'promoted', 'healthy', 'healthy'],
    ['Failed', 'failed', 'degraded', 'degraded'],
    ['Terminating', 'failed', 'degraded', 'degraded'],
    ['Terminated', 'failed', 'degraded', 'degraded'],
    [undefined, 'in-progress', undefined, undefined],
  ])('%s → %s, ending %s (with success-on-pause: %s)', (phase, meaning, ending, endingOnPause) => {
    const canary = withPhase(phase);
    expect(canaryPhaseMeaning(canary)).toBe(meaning);
    expect(canaryEnding(canary, false)).toBe(ending);
    expect(canaryEnding(canary, true)).toBe(endingOnPause);
  });

  it('names a Canary without status Initializing, and prints weight and failed checks against the threshold', () => {
    expect(canaryPhase({})).toBe('Initializing');
    expect(canaryProgressLine({ name: 'web', namespace: 'shop' }, withPhase('Progressing'), 5)).toBe('shop/web: Progressing, weight 30%, failed checks 1/5');
    expect(canaryProgressLine({ name: 'web', namespace: 'shop' }, withPhase('WaitingPromotion'), 5)).toBe(
      'shop/web: WaitingPromotion, weight 30%, failed checks 1/5 (waiting for the confirm-promotion webhook to approve)',
    );
  });
});
