import { rolloutDegraded } from '../../../../src/rollout/rules/verdict/rollout-degraded.js';
import { rolloutOutcome } from '../../../helpers/follow-outcomes.js';

describe('rollout-degraded', () => {
  it('reports a progress deadline with the pods to look at', () => {
    const outcome = rolloutOutcome('degraded', { phase: 'Degraded', message: 'ProgressDeadlineExceeded: ReplicaSet "web-7d9" has timed out progressing.' });
    expect(rolloutDegraded.check(outcome, {})).toEqual({
      message: 'Rollout \'web\' in namespace \'shop\' is Degraded: ProgressDeadlineExceeded: ReplicaSet "web-7d9" has timed out progressing.',
      suggestion: "Find why the new pods do not become available (kubectl describe rollout web -n shop, the pods' events), or raise spec.progressDeadlineSeconds.",
    });
  });

  it('asks for the spec to be fixed when the spec is invalid', () => {
    const outcome = rolloutOutcome('degraded', { phase: 'Degraded', message: 'InvalidSpec: The Rollout "web" is invalid: spec.strategy.canary.steps[0].setWeight: Invalid value' });
    expect(rolloutDegraded.check(outcome, {})?.suggestion).toBe('Fix the Rollout spec the message names and apply it again.');
  });

  it('leaves an aborted Rollout to rollout-aborted, and stays quiet on Healthy and timed-out ones', () => {
    expect(rolloutDegraded.check(rolloutOutcome('degraded', { rollout: { status: { abort: true } }, phase: 'Degraded', message: 'RolloutAborted' }), {})).toBeUndefined();
    expect(rolloutDegraded.check(rolloutOutcome('healthy'), {})).toBeUndefined();
    expect(rolloutDegraded.check(rolloutOutcome('timeout', { phase: 'Paused' }), {})).toBeUndefined();
  });
});
