import type { MetricSummary } from '../../../../src/rollout/status/analysis-run-summary.js';
import { rolloutAborted } from '../../../../src/rollout/rules/verdict/rollout-aborted.js';
import { rolloutOutcome } from '../../../helpers/follow-outcomes.js';

const abortedRollout = { status: { abort: true, phase: 'Degraded' } };
const failedMetric: MetricSummary = {
  name: 'error-rate',
  phase: 'Failed',
  lastValue: '[0.1]',
  successCondition: 'result[0] < 0.05',
  dryRun: false,
  conditionChecks: [],
  counts: { measurements: 3, successful: 0, failed: 3, inconclusive: 0, error: 0, consecutiveError: 0 },
  limits: { failureLimit: 2, inconclusiveLimit: 0, consecutiveErrorLimit: 4 },
};

describe('rollout-aborted', () => {
  it('reports an aborted Rollout with the controller’s message and what each failing metric measured', () => {
    const outcome = rolloutOutcome('degraded', {
      rollout: abortedRollout,
      phase: 'Degraded',
      message: 'RolloutAborted: Rollout aborted update to revision 3: Metric "error-rate" assessed Failed',
      analysisRuns: { known: true, value: [{ name: 'web-3-2', phase: 'Failed', message: '', terminated: false, metrics: [failedMetric] }] },
    });
    expect(rolloutAborted.check(outcome, {})).toEqual({
      message:
        "Rollout 'web' in namespace 'shop' was aborted: RolloutAborted: Rollout aborted update to revision 3: Metric \"error-rate\" assessed Failed — metric \"error-rate\" measured [0.1] (success condition result[0] < 0.05)",
      suggestion: "Read the failed AnalysisRun (kubectl argo rollouts get rollout web -n shop), fix the release, and deploy again; 'kubectl argo rollouts retry rollout web' retries the same revision.",
    });
  });

  it('recognises an abort from the RolloutAborted condition alone, as older controllers record it', () => {
    const outcome = rolloutOutcome('degraded', { rollout: { status: { conditions: [{ type: 'Progressing', reason: 'RolloutAborted' }] } }, phase: 'Degraded' });
    expect(rolloutAborted.check(outcome, {})?.message).toBe("Rollout 'web' in namespace 'shop' was aborted: no message recorded");
  });

  it('stays quiet on a Degraded Rollout that was not aborted, and on one that ended Healthy or timed out', () => {
    expect(rolloutAborted.check(rolloutOutcome('degraded', { phase: 'Degraded', message: 'ProgressDeadlineExceeded' }), {})).toBeUndefined();
    expect(rolloutAborted.check(rolloutOutcome('healthy', { rollout: abortedRollout }), {})).toBeUndefined();
    expect(rolloutAborted.check(rolloutOutcome('timeout', { rollout: abortedRollout }), {})).toBeUndefined();
  });
});
