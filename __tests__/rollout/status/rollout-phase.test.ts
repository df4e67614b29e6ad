import { rolloutPhase } from '../../../src/rollout/status/rollout-phase.js';
import type { RolloutObject } from '../../../src/rollout/status/rollout-object.js';

/** A canary Rollout that every check passes: each test changes one field and expects that branch's answer. */
function healthyCanary(): RolloutObject {
  return {
    metadata: { name: 'web', generation: 3 },
    spec: { replicas: 2, strategy: { canary: { steps: [{ setWeight: 50 }] } } },
    status: { observedGeneration: '3', replicas: 2, updatedReplicas: 2, availableReplicas: 2, currentPodHash: 'abc', stableRS: 'abc' },
  };
}

function changed(change: (rollout: RolloutObject) => void): RolloutObject {
  const rollout = healthyCanary();
  change(rollout);
  return rollout;
}

describe('rolloutPhase: the checks before the stored phase', () => {
  it('is Healthy with an empty message when every check passes', () => {
    expect(rolloutPhase(healthyCanary())).toEqual({ phase: 'Healthy', message: '' });
  });

  it('waits for the spec to be observed when observedGeneration is an older number, even with a stored Healthy phase', () => {
    const rollout = changed((r) => Object.assign(r.status!, { observedGeneration: '2', phase: 'Healthy' }));
    expect(rolloutPhase(rollout)).toEqual({ phase: 'Progressing', message: 'waiting for rollout spec update to be observed' });
  });

  it('counts a hash-style, a larger all-digit, a numeric and a missing observedGeneration as observed', () => {
    for (const observedGeneration of ['c45557fd9', '41', 3, undefined]) {
      expect(rolloutPhase(changed((r) => (r.status!.observedGeneration = observedGeneration)))).toEqual({ phase: 'Healthy', message: '' });
    }
  });

  it('treats a missing metadata.generation as 0', () => {
    const rollout = changed((r) => {
      delete r.metadata!.generation;
      r.status!.observedGeneration = '0';
    });
    expect(rolloutPhase(rollout)).toEqual({ phase: 'Healthy', message: '' });
  });

  it('is unpausing when controllerPause is set without pause conditions, and Paused when a condition remains', () => {
    expect(rolloutPhase(changed((r) => (r.status!.controllerPause = true)))).toEqual({ phase: 'Progressing', message: 'waiting for rollout to unpause' });
    const paused = changed((r) => Object.assign(r.status!, { controllerPause: true, pauseConditions: [{ reason: 'CanaryPauseStep' }] }));
    expect(rolloutPhase(paused)).toEqual({ phase: 'Paused', message: 'CanaryPauseStep' });
  });

  it('waits for the referenced workload generation only with a workloadRef, and only when both values parse', () => {
    const annotate = (r: RolloutObject, observed: string) => {
      r.metadata!.annotations = { 'rollout.argoproj.io/workload-generation': '5' };
      r.status!.workloadObservedGeneration = observed;
    };
    const referenced = changed((r) => {
      annotate(r, '4');
      r.spec!.workloadRef = { kind: 'Deployment', name: 'web' };
    });
    expect(rolloutPhase(referenced)).toEqual({ phase: 'Progressing', message: 'waiting for rollout spec update to be observed for the reference workload' });
    expect(rolloutPhase(changed((r) => annotate(r, '4')))).toEqual({ phase: 'Healthy', message: '' });
    const unparsable = changed((r) => {
      annotate(r, 'x1');
      r.spec!.workloadRef = { kind: 'Deployment', name: 'web' };
    });
    expect(rolloutPhase(unparsable)).toEqual({ phase: 'Healthy', message: '' });
  });

  it('returns a stored phase and message verbatim, without recomputing', () => {
    const rollout = changed((r) => Object.assign(r.status!, { phase: 'Paused', message: 'CanaryPauseStep', updatedReplicas: 0 }));
    expect(rolloutPhase(rollout)).toEqual({ phase: 'Paused', message: 'CanaryPauseStep' });
    expect(rolloutPhase(changed((r) => (r.status!.phase = 'Degraded')))).toEqual({ phase: 'Degraded', message: '' });
  });
});

describe('rolloutPhase: the fallback for objects without status.phase', () => {
  it('is Degraded on InvalidSpec, RolloutAborted or ProgressDeadlineExceeded, before any pause', () => {
    const degraded = (type: string, reason: string) =>
      changed((r) => {
        r.spec!.paused = true;
        r.status!.pauseConditions = [{ reason: 'InconclusiveAnalysisRun' }];
        r.status!.conditions = [{ type: 'Available', reason: 'AvailableReason', message: 'ok' }, { type, reason, message: 'why' }];
      });
    expect(rolloutPhase(degraded('InvalidSpec', 'InvalidSpec'))).toEqual({ phase: 'Degraded', message: 'InvalidSpec: why' });
    expect(rolloutPhase(degraded('Progressing', 'RolloutAborted'))).toEqual({ phase: 'Degraded', message: 'RolloutAborted: why' });
    expect(rolloutPhase(degraded('Progressing', 'ProgressDeadlineExceeded'))).toEqual({ phase: 'Degraded', message: 'ProgressDeadlineExceeded: why' });
    expect(rolloutPhase(degraded('Progressing', 'ReplicaSetUpdated'))).toEqual({ phase: 'Paused', message: 'manually paused' });
  });

  it('is Paused when spec.paused, else on the first pause condition', () => {
    expect(rolloutPhase(changed((r) => (r.spec!.paused = true)))).toEqual({ phase: 'Paused', message: 'manually paused' });
    const conditions = changed((r) => (r.status!.pauseConditions = [{ reason: 'BlueGreenPause' }, { reason: 'CanaryPauseStep' }]));
    expect(rolloutPhase(conditions)).toEqual({ phase: 'Paused', message: 'BlueGreenPause' });
  });

  it('is restarting when restartAt differs from restartedAt, and not when they are the same instant', () => {
    expect(rolloutPhase(changed((r) => (r.spec!.restartAt = '2024-05-01T10:00:00Z')))).toEqual({ phase: 'Progressing', message: 'rollout is restarting' });
    const restarted = changed((r) => {
      r.spec!.restartAt = '2024-05-01T10:00:00Z';
      r.status!.restartedAt = '2024-05-01T10:00:00.000Z';
    });
    expect(rolloutPhase(restarted)).toEqual({ phase: 'Healthy', message: '' });
  });

  it('waits for updated replicas (spec.replicas defaulting to 1), then for them to be available', () => {
    expect(rolloutPhase(changed((r) => (r.status!.updatedReplicas = 1)))).toEqual({ phase: 'Progressing', message: 'more replicas need to be updated' });
    const defaulted = changed((r) => {
      delete r.spec!.replicas;
      Object.assign(r.status!, { replicas: 1, updatedReplicas: 1, availableReplicas: 1 });
    });
    expect(rolloutPhase(defaulted)).toEqual({ phase: 'Healthy', message: '' });
    expect(rolloutPhase(changed((r) => (r.status!.availableReplicas = 1)))).toEqual({ phase: 'Progressing', message: 'updated replicas are still becoming available' });
  });

  it('for a canary: old replicas pending only without traffic routing, then all steps until stableRS is the current hash', () => {
    expect(rolloutPhase(changed((r) => (r.status!.replicas = 3)))).toEqual({ phase: 'Progressing', message: 'old replicas are pending termination' });
    const routed = changed((r) => {
      r.status!.replicas = 3;
      r.spec!.strategy!.canary!.trafficRouting = { smi: {} };
    });
    expect(rolloutPhase(routed)).toEqual({ phase: 'Healthy', message: '' });
    expect(rolloutPhase(changed((r) => (r.status!.stableRS = 'old')))).toEqual({ phase: 'Progressing', message: 'waiting for all steps to complete' });
    expect(rolloutPhase(changed((r) => delete r.status!.stableRS))).toEqual({ phase: 'Progressing', message: 'waiting for all steps to complete' });
  });

  it('for blue-green: active service cutover, then post-promotion analysis or verification, then Healthy', () => {
    const blueGreen = (change: (rollout: RolloutObject) => void) =>
      changed((r) => {
        r.spec!.strategy = { blueGreen: {} };
        r.status!.blueGreen = { activeSelector: 'abc' };
        change(r);
      });
    expect(rolloutPhase(blueGreen(() => undefined))).toEqual({ phase: 'Healthy', message: '' });
    expect(rolloutPhase(blueGreen((r) => (r.status!.blueGreen = {})))).toEqual({ phase: 'Progressing', message: 'active service cutover pending' });
    expect(rolloutPhase(blueGreen((r) => (r.status!.blueGreen!.activeSelector = 'old')))).toEqual({ phase: 'Progressing', message: 'active service cutover pending' });
    expect(rolloutPhase(blueGreen((r) => (r.status!.stableRS = 'old')))).toEqual({ phase: 'Progressing', message: 'waiting for post-promotion verification to complete' });
    const analysing = blueGreen((r) => {
      r.status!.stableRS = 'old';
      r.spec!.strategy!.blueGreen!.postPromotionAnalysis = { templates: [{ templateName: 't' }] };
      r.status!.blueGreen!.postPromotionAnalysisRunStatus = { status: 'Running' };
    });
    expect(rolloutPhase(analysing)).toEqual({ phase: 'Progressing', message: 'waiting for analysis to complete' });
    analysing.status!.blueGreen!.postPromotionAnalysisRunStatus = { status: 'Successful' };
    expect(rolloutPhase(analysing)).toEqual({ phase: 'Progressing', message: 'waiting for post-promotion verification to complete' });
  });

  it('treats an object without spec or status as a Rollout whose single replica is not updated yet', () => {
    expect(rolloutPhase({})).toEqual({ phase: 'Progressing', message: 'more replicas need to be updated' });
  });
});

/**
 * Where the verdict follows the kubectl plugin and where Argo CD's health check (docs/rollout.md, "Which phase"):
 * one test each, so a change of side is a decision, not an accident.
 */
describe('rolloutPhase: the two places it chooses between the kubectl plugin and Argo CD', () => {
  it('follows Argo CD on workloadRef: an unobserved workload generation is Progressing, where the plugin would return the stored Healthy', () => {
    const rollout = changed((r) => {
      r.spec!.workloadRef = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' };
      r.metadata!.annotations = { 'rollout.argoproj.io/workload-generation': '7' };
      Object.assign(r.status!, { workloadObservedGeneration: '6', phase: 'Healthy' });
    });
    expect(rolloutPhase(rollout)).toEqual({ phase: 'Progressing', message: 'waiting for rollout spec update to be observed for the reference workload' });
  });

  it('follows the plugin on pre-v0.8 status.canary.stableRS: not read, so the old object is still waiting for its steps (Argo CD would say Healthy)', () => {
    const rollout = changed((r) => {
      delete r.status!.stableRS;
      (r.status as Record<string, unknown>).canary = { stableRS: 'abc' };
    });
    expect(rolloutPhase(rollout)).toEqual({ phase: 'Progressing', message: 'waiting for all steps to complete' });
  });
});
