import { flaggerCanaryFailed } from '../../../../src/rollout/rules/verdict/flagger-canary-failed.js';
import { canaryOutcomeOf, rolloutOutcome } from '../../../helpers/follow-outcomes.js';

describe('flagger-canary-failed', () => {
  it('reports a Canary Flagger rolled back, with its failed checks against the threshold and the condition message', () => {
    const outcome = canaryOutcomeOf('degraded', { phase: 'Failed', failedChecks: 5, threshold: 5, message: 'Canary analysis failed, Deployment scaled to zero.' });
    expect(flaggerCanaryFailed.checkCanary?.(outcome, {})).toEqual({
      message: "Canary 'web' in namespace 'shop' ended Failed with 5 failed checks (threshold 5): Canary analysis failed, Deployment scaled to zero.",
      suggestion: "Read why the checks failed (kubectl describe canary web -n shop, and Flagger's log for the metric values), fix the release and deploy again.",
    });
    expect(flaggerCanaryFailed.checkCanary?.(canaryOutcomeOf('degraded', { phase: 'Terminated' }), {})?.message).toBe(
      "Canary 'web' in namespace 'shop' ended Terminated with 0 failed checks (threshold 5): no condition message recorded",
    );
  });

  it('stays quiet on a promoted or timed-out Canary, and on every Argo Rollout (their verdicts are their own)', () => {
    expect(flaggerCanaryFailed.checkCanary?.(canaryOutcomeOf('healthy'), {})).toBeUndefined();
    expect(flaggerCanaryFailed.checkCanary?.(canaryOutcomeOf('timeout', { phase: 'Progressing' }), {})).toBeUndefined();
    expect(flaggerCanaryFailed.check(rolloutOutcome('degraded', { phase: 'Degraded' }), {})).toBeUndefined();
  });
});
