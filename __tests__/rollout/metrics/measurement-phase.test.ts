import { measurementPhase } from '../../../src/rollout/metrics/measurement-phase.js';

describe('measurementPhase: the phase Argo gives one measurement', () => {
  it.each([
    // result, successCondition, failureCondition, phase
    [[0.01], undefined, undefined, 'Successful'],
    [[0.01], 'result[0] < 0.05', undefined, 'Successful'],
    [[0.1], 'result[0] < 0.05', undefined, 'Failed'],
    [[0.1], undefined, 'result[0] > 0.05', 'Failed'],
    [[0.01], undefined, 'result[0] > 0.05', 'Successful'],
    [[0.01], 'result[0] < 0.02', 'result[0] > 0.05', 'Successful'],
    [[0.03], 'result[0] < 0.02', 'result[0] > 0.05', 'Inconclusive'],
    [[0.1], 'result[0] < 0.02', 'result[0] > 0.05', 'Failed'],
    // The failure condition wins when both hold.
    [[0.1], 'result[0] > 0', 'result[0] > 0.05', 'Failed'],
    [[], 'len(result) == 0 || result[0] < 0.05', undefined, 'Successful'],
    [0.5, 'result >= 0.5', undefined, 'Successful'],
  ])('%j with success %s and failure %s is %s', (result, success, failure, phase) => {
    expect(measurementPhase(result, success, failure)).toEqual({ evaluated: true, phase });
  });

  it('leaves the measurement undecided when a condition cannot be evaluated, naming it', () => {
    expect(measurementPhase([], 'result[0] < 0.05', undefined)).toEqual({
      evaluated: false,
      reason: "successCondition 'result[0] < 0.05': index out of range: 0 (array length is 0); Argo Rollouts records such a measurement as Error",
    });
    expect(measurementPhase([0.1], 'result[0] < 0.05', 'result > 0.05')).toEqual({
      evaluated: false,
      reason: "failureCondition 'result > 0.05': invalid operation: > (mismatched types array and float64); Argo Rollouts records such a measurement as Error",
    });
  });
});
