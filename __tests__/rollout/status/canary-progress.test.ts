import { canaryProgress } from '../../../src/rollout/status/canary-progress.js';
import type { RolloutObject } from '../../../src/rollout/status/rollout-object.js';

function canary(status: NonNullable<RolloutObject['status']>, trafficRouting?: Record<string, unknown>): RolloutObject {
  const steps = [{ setWeight: 20 }, { pause: {} }, { setWeight: 50 }, { pause: { duration: '1m' } }, { analysis: {} }];
  return { spec: { strategy: { canary: { steps, ...(trafficRouting ? { trafficRouting } : {}) } } }, status };
}

describe('canaryProgress', () => {
  it('gives step i/n with every step kind, and the last setWeight at or before the current step as desired', () => {
    expect(canaryProgress(canary({ currentStepIndex: 3, availableReplicas: 4 }), 2)).toEqual({
      stepIndex: 3,
      total: 5,
      kinds: ['setWeight', 'pause', 'setWeight', 'pause', 'analysis'],
      atIndefinitePause: false,
      desiredWeight: 50,
      actualWeight: 50,
    });
  });

  it('says when the current step is an indefinite pause', () => {
    expect(canaryProgress(canary({ currentStepIndex: 1 }))?.atIndefinitePause).toBe(true);
  });

  it('desires 0 before any setWeight and after an abort, and full weight once all steps are done', () => {
    const noWeightYet: RolloutObject = { spec: { strategy: { canary: { steps: [{ pause: {} }, { setWeight: 30 }] } } }, status: {} };
    expect(canaryProgress(noWeightYet)?.desiredWeight).toBe(0);
    expect(canaryProgress(canary({ currentStepIndex: 3, abort: true }))?.desiredWeight).toBe(0);
    expect(canaryProgress(canary({ currentStepIndex: 5 }))).toMatchObject({ desiredWeight: 100, actualWeight: 100 });
  });

  it('uses maxTrafficWeight as full weight, and the routed canary weight as the actual weight', () => {
    const routed = canary({ currentStepIndex: 2, canary: { weights: { canary: { weight: 40 } } } }, { maxTrafficWeight: 1000 });
    expect(canaryProgress(routed)).toMatchObject({ desiredWeight: 50, actualWeight: 40 });
    expect(canaryProgress(canary({ currentStepIndex: 5 }, { maxTrafficWeight: 1000 }))).toMatchObject({ desiredWeight: 1000, actualWeight: 1000 });
    expect(canaryProgress(canary({ currentStepIndex: 2 }, { smi: {} }))).toMatchObject({ desiredWeight: 50, actualWeight: 50 });
  });

  it('leaves the actual weight unknown without traffic routing until the canary pods are supplied', () => {
    expect(canaryProgress(canary({ currentStepIndex: 2, availableReplicas: 3 }))?.actualWeight).toBeUndefined();
    expect(canaryProgress(canary({ currentStepIndex: 2, availableReplicas: 3 }), 1)?.actualWeight).toBe(33);
    expect(canaryProgress(canary({ currentStepIndex: 2, availableReplicas: 0 }), 0)?.actualWeight).toBe(0);
  });

  it('treats a canary without steps as done at full weight, marks invalid steps, and skips blue-green', () => {
    expect(canaryProgress({ spec: { strategy: { canary: {} } } })).toEqual({ stepIndex: 0, total: 0, kinds: [], atIndefinitePause: false, desiredWeight: 100, actualWeight: 100 });
    const mixed: RolloutObject = { spec: { strategy: { canary: { steps: [{ setWeight: 10, pause: {} }, {}] } } } };
    expect(canaryProgress(mixed)?.kinds).toEqual(['invalid', 'invalid']);
    expect(canaryProgress({ spec: { strategy: { blueGreen: {} } } })).toBeUndefined();
  });
});
