import { rolloutTimeout } from '../../../../src/rollout/rules/verdict/rollout-timeout.js';
import { canaryOutcomeOf, rolloutOutcome } from '../../../helpers/follow-outcomes.js';

describe('rollout-timeout', () => {
  it('names the phase and message a Rollout was still in when the timeout ran out', () => {
    expect(rolloutTimeout.check(rolloutOutcome('timeout', { phase: 'Progressing', message: 'more replicas need to be updated' }), {})).toEqual({
      message: "Rollout 'web' in namespace 'shop' timed out while Progressing - more replicas need to be updated.",
      suggestion: 'Raise rollout-timeout (--timeout) above the total of the pause and analysis steps, or find what holds the rollout back.',
    });
  });

  it('says when a Rollout waits for a promotion, and how to give it one', () => {
    expect(rolloutTimeout.check(rolloutOutcome('timeout', { phase: 'Paused', message: 'CanaryPauseStep', needsPromotion: true }), {})).toEqual({
      message: "Rollout 'web' in namespace 'shop' timed out while Paused - CanaryPauseStep: it needs a promotion.",
      suggestion: 'Promote it (kubectl argo rollouts promote web -n shop) or give the pause a duration; set success-on-pause: true when the pause is intended.',
    });
  });

  it('reports a Canary that timed out, a stale Succeeded and a confirm-promotion webhook included', () => {
    expect(rolloutTimeout.checkCanary?.(canaryOutcomeOf('timeout', { phase: 'Progressing', message: 'Canary analysis in progress' }), {})?.message).toBe(
      "Canary 'web' in namespace 'shop' timed out while Progressing - Canary analysis in progress.",
    );
    const stale = canaryOutcomeOf('timeout', { phase: 'Succeeded', revision: { state: 'stale', detail: 'its last promotion is of the previous pod template' } });
    expect(rolloutTimeout.checkCanary?.(stale, {})?.message).toBe(
      "Canary 'web' in namespace 'shop' timed out while Succeeded (its last promotion is of the previous pod template).",
    );
    expect(rolloutTimeout.checkCanary?.(canaryOutcomeOf('timeout', { phase: 'WaitingPromotion', needsPromotion: true }), {})?.message).toBe(
      "Canary 'web' in namespace 'shop' timed out while WaitingPromotion: it waits for its confirm-promotion webhook.",
    );
  });

  it('stays quiet on a wait that ended, Healthy or Degraded', () => {
    expect(rolloutTimeout.check(rolloutOutcome('healthy'), {})).toBeUndefined();
    expect(rolloutTimeout.check(rolloutOutcome('degraded', { phase: 'Degraded' }), {})).toBeUndefined();
    expect(rolloutTimeout.checkCanary?.(canaryOutcomeOf('healthy'), {})).toBeUndefined();
  });
});
