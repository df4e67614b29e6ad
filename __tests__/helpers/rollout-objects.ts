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

/** The revision hashes a Rollout's status names; with them the follower reads AnalysisRuns and ReplicaSets. */
export interface Revision {
  current: string;
  stable: string;
}

/** `rolloutAt` plus what a real controller also stores: a uid (for owner references) and the revision hashes. */
export function rolloutWithRevision(name: string, moment: RolloutMoment, revision: Revision, labels: Record<string, string> = {}): StoredRollout {
  const rollout = rolloutAt(name, moment);
  return {
    ...rollout,
    metadata: { ...(rollout.metadata as Record<string, unknown>), uid: `uid-${name}`, labels },
    status: { ...(rollout.status as Record<string, unknown>), currentPodHash: revision.current, stableRS: revision.stable },
  };
}

export interface MetricMoment {
  name: string;
  phase: string;
  successCondition: string;
  /** The measured values, oldest first, as the controller stores them (`[0.1]`). */
  values: string[];
  failed?: number;
  successful?: number;
  failureLimit?: number;
  query: string;
}

/** An AnalysisRun of a step, owned by the Rollout `uid-<rollout>` and labelled with the revision's hash. */
export function analysisRunOf(rollout: string, run: { name: string; hash: string; phase: string; message?: string; metric: MetricMoment; owner?: string }): StoredRollout {
  const { metric } = run;
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'AnalysisRun',
    metadata: {
      name: run.name,
      namespace: 'shop',
      labels: { 'rollout-type': 'Step', 'step-index': '1', 'rollouts-pod-template-hash': run.hash },
      ownerReferences: [{ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: rollout, uid: run.owner ?? `uid-${rollout}` }],
    },
    spec: {
      metrics: [{ name: metric.name, interval: '30s', count: 3, failureLimit: metric.failureLimit ?? 0, successCondition: metric.successCondition, provider: { prometheus: { address: 'http://prometheus.monitoring:9090', query: metric.query } } }],
    },
    status: {
      phase: run.phase,
      message: run.message ?? '',
      metricResults: [
        {
          name: metric.name,
          phase: metric.phase,
          count: metric.values.length,
          successful: metric.successful ?? 0,
          failed: metric.failed ?? 0,
          measurements: metric.values.map((value) => ({ phase: metric.phase, value, startedAt: '2026-11-26T06:00:00Z', finishedAt: '2026-11-26T06:00:01Z' })),
          metadata: { ResolvedPrometheusQuery: metric.query },
        },
      ],
    },
  };
}

/** A ReplicaSet the Rollout `uid-<rollout>` owns, for its pod-template hash. */
export function replicaSetOf(rollout: string, hash: string, counts: { replicas: number; ready: number; available: number }, owner = `uid-${rollout}`): StoredRollout {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: `${rollout}-${hash}`, namespace: 'shop', labels: { 'rollouts-pod-template-hash': hash }, ownerReferences: [{ kind: 'Rollout', name: rollout, uid: owner }] },
    status: { replicas: counts.replicas, readyReplicas: counts.ready, availableReplicas: counts.available },
  };
}

export interface CanaryMoment {
  phase: string;
  weight: number;
  failedChecks?: number;
  /** The Promoted condition: Unknown while analysing, True once promoted, False on failure. */
  promoted: 'Unknown' | 'True' | 'False';
  message: string;
}

/** A Flagger Canary targeting the Deployment of the same name, threshold 2. */
export function canaryAt(name: string, moment: CanaryMoment, labels: Record<string, string> = {}): StoredRollout {
  return {
    apiVersion: 'flagger.app/v1beta1',
    kind: 'Canary',
    metadata: { name, namespace: 'shop', uid: `uid-canary-${name}`, labels },
    spec: { targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name }, analysis: { interval: '1m', threshold: 2, maxWeight: 50, stepWeight: 10 } },
    status: {
      phase: moment.phase,
      canaryWeight: moment.weight,
      failedChecks: moment.failedChecks ?? 0,
      iterations: 0,
      lastAppliedSpec: '5d4f8c7b9',
      lastPromotedSpec: moment.phase === 'Succeeded' ? '5d4f8c7b9' : '7c9d6b5f4',
      lastTransitionTime: '2026-11-26T06:00:00Z',
      conditions: [{ type: 'Promoted', status: moment.promoted, reason: moment.phase, message: moment.message, lastUpdateTime: '2026-11-26T06:00:00Z' }],
    },
  };
}

/** A Deployment whose pod template runs one container `web` with `image`. */
export function deploymentOf(name: string, image: string): StoredRollout {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'shop', generation: 2 },
    spec: { replicas: 2, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image }] } } },
  };
}
