import type { StoredRollout } from './kube-api-server.js';

/**
 * Hand-written Rollouts at the moments a canary passes through, as a controller >= 1.0 stores them (status.phase
 * and message set). Steps: setWeight 20, pause 30s, setWeight 50, pause {}, setWeight 100.
 */
export interface RolloutMoment {
  phase: 'Progressing' | 'Paused' | 'Healthy' | 'Degraded';
  message?: string;
  step: number;
  image?: string;
  abort?: boolean;
  conditions?: { type: string; status: string; reason: string; message: string }[];
  pauseReasons?: string[];
}

export const STEPS = [{ setWeight: 20 }, { pause: { duration: '30s' } }, { setWeight: 50 }, { pause: {} }, { setWeight: 100 }];

export function rolloutAt(name: string, moment: RolloutMoment): StoredRollout {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: { name, namespace: 'shop', generation: 3 },
    spec: {
      replicas: 4,
      strategy: { canary: { steps: STEPS } },
      template: { spec: { containers: [{ name: 'web', image: moment.image ?? 'registry.example/web:pr-42' }] } },
    },
    status: {
      observedGeneration: '3',
      phase: moment.phase,
      message: moment.message ?? '',
      currentStepIndex: moment.step,
      abort: moment.abort,
      conditions: moment.conditions ?? [],
      pauseConditions: (moment.pauseReasons ?? []).map((reason) => ({ reason, startTime: '2026-11-26T06:00:00Z' })),
      controllerPause: (moment.pauseReasons ?? []).length > 0,
    },
  };
}
