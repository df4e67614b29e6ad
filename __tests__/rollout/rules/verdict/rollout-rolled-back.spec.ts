import { rolloutRolledBack } from '../../../../src/rollout/rules/verdict/rollout-rolled-back.js';
import { rolloutOutcome } from '../../../helpers/follow-outcomes.js';

describe('rollout-rolled-back', () => {
  it('reports a Healthy Rollout whose pod template runs another image than the one deployed', () => {
    expect(rolloutRolledBack.check(rolloutOutcome('healthy'), { image: 'shop/web:1.3.0' })).toEqual({
      message: "Rollout 'web' in namespace 'shop' is Healthy but its pod template runs shop/web:1.2.0, not shop/web:1.3.0: the release was rolled back.",
      suggestion: 'Check the rollout\'s history (kubectl argo rollouts get rollout web -n shop) for the rollback, or pass the image the deploy step applied as --image.',
    });
  });

  it('says so when the pod template names no image at all', () => {
    const outcome = rolloutOutcome('healthy', { rollout: { spec: { template: { spec: { containers: [{ name: 'web' }] } } } } });
    expect(rolloutRolledBack.check(outcome, { image: 'shop/web:1.3.0' })?.message).toBe(
      "Rollout 'web' in namespace 'shop' is Healthy but its pod template runs no image, not shop/web:1.3.0: the release was rolled back.",
    );
  });

  it('stays quiet when the image runs, when no image was given, and when the Rollout did not end Healthy', () => {
    expect(rolloutRolledBack.check(rolloutOutcome('healthy'), { image: 'shop/web:1.2.0' })).toBeUndefined();
    expect(rolloutRolledBack.check(rolloutOutcome('healthy'), {})).toBeUndefined();
    expect(rolloutRolledBack.check(rolloutOutcome('degraded', { phase: 'Degraded' }), { image: 'shop/web:1.3.0' })).toBeUndefined();
  });
});
