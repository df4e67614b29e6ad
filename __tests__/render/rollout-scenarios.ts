import type { Finding } from '../../src/core/finding.js';
import { buildReport, type Report } from '../../src/core/report.js';
import { needsPromotion, type FollowEnding, type FollowOutcome } from '../../src/rollout/cluster/follow-rollout.js';
import { rolloutStats } from '../../src/rollout/cluster/rollout-stats.js';
import { summarizeAnalysisRun, type AnalysisRunObject } from '../../src/rollout/status/analysis-run-summary.js';
import { rolloutPhase } from '../../src/rollout/status/rollout-phase.js';
import { canaryStats } from '../../src/rollout/flagger/canary-stats.js';
import type { CanaryOutcome } from '../../src/rollout/flagger/follow-canary.js';
import { flaggerCanaryFailed } from '../../src/rollout/rules/verdict/flagger-canary-failed.js';
import { rulesOf } from '../../src/core/rules/registry.js';
import { VERDICT_RULES } from '../../src/rollout/meta.js';

/**
 * Rollout reports for the renderer tests, made by the analyzer's own parts: the phase, stats and verdict findings
 * come from rolloutPhase, rolloutStats and the verdict rules applied to hand-written Rollout objects, so the tests
 * render what the analyzer really produces.
 */
export const GROWING_STEPS = [{ setWeight: 20 }, { pause: { duration: '30s' } }, { setWeight: 50 }, { pause: { duration: '30s' } }, { setWeight: 100 }];
export const ANALYSED_STEPS = [{ setWeight: 20 }, { pause: { duration: '1m' } }, { analysis: { templates: [{ templateName: 'error-rate' }] } }, { setWeight: 50 }, { setWeight: 100 }];
export const MANUAL_STEPS = [{ setWeight: 20 }, { pause: { duration: '30s' } }, { setWeight: 50 }, { pause: {} }, { setWeight: 100 }];

export const ERROR_RATE_QUERY = 'sum(rate(http_requests_total{app="checkout",code=~"5.."}[1m]))\n  / sum(rate(http_requests_total{app="checkout"}[1m]))';

/** The step analysis of the aborted scenario: a 10% error rate against a 5% bound, three failures past a limit of 2. */
/** An AnalysisRun as the API server stores it: what the summary reads, plus what ties it to its Rollout. */
type StoredAnalysisRun = AnalysisRunObject & {
  apiVersion: string;
  kind: string;
  metadata: NonNullable<AnalysisRunObject['metadata']> & { namespace: string; ownerReferences: Record<string, unknown>[] };
};

export const FAILED_ANALYSIS_RUN: StoredAnalysisRun = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'AnalysisRun',
  metadata: {
    name: 'checkout-6f7d9c5b4-4-2',
    labels: { 'rollout-type': 'Step', 'step-index': '2', 'rollouts-pod-template-hash': '6f7d9c5b4' },
    namespace: 'shop',
    ownerReferences: [{ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'checkout', uid: 'checkout-uid', controller: true }],
  },
  spec: { metrics: [{ name: 'error-rate', successCondition: 'len(result) == 0 || result[0] < 0.05', failureLimit: 2, count: 5 }] },
  status: {
    phase: 'Failed',
    message: 'Metric "error-rate" assessed Failed due to failed (3) > failureLimit (2)',
    metricResults: [
      {
        name: 'error-rate',
        phase: 'Failed',
        count: 3,
        failed: 3,
        measurements: [{ value: '[0.098]' }, { value: '[0.102]' }, { value: '[0.1]' }],
        metadata: { ResolvedPrometheusQuery: ERROR_RATE_QUERY },
      },
    ],
  },
};

export interface RolloutScenario {
  name: string;
  namespace?: string;
  steps: Record<string, unknown>[];
  status: Record<string, unknown>;
  ending: FollowEnding;
  image?: string;
  analysisRuns?: AnalysisRunObject[];
  /** Reads the checker's account was refused (403): the reason per field, as the follower records it. */
  forbidden?: { analysisRuns?: string; replicaSets?: string };
}

export function rolloutObject(scenario: RolloutScenario): FollowOutcome['rollout'] {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: { name: scenario.name, namespace: scenario.namespace ?? 'shop', generation: 4, uid: `${scenario.name}-uid` },
    spec: {
      replicas: 4,
      strategy: { canary: { steps: scenario.steps, trafficRouting: { nginx: { stableIngress: scenario.name } } } },
      template: { spec: { containers: [{ name: 'web', image: 'registry.example/checkout:pr-42' }] } },
    },
    status: { observedGeneration: '4', currentPodHash: '6f7d9c5b4', ...scenario.status },
  } as FollowOutcome['rollout'];
}

/** A Flagger Canary (podinfo, the project's example) that Flagger rolled back after 5 failed checks of 5. */
export const FAILED_CANARY: CanaryOutcome = {
  ref: { name: 'podinfo', namespace: 'test' },
  ending: 'degraded',
  canary: { metadata: { name: 'podinfo', namespace: 'test' }, status: { phase: 'Failed', canaryWeight: 0 } },
  phase: 'Failed',
  message: 'Canary analysis failed, Deployment scaled to zero.',
  failedChecks: 5,
  threshold: 5,
  needsPromotion: false,
  revision: { state: 'unchecked', detail: 'checked only for a promotion' },
};

/** One rollout run's report, as the analyzer would build it, for these scenarios followed one after the other. */
export function rolloutReport(scenarios: readonly RolloutScenario[], canaries: readonly CanaryOutcome[] = []): Report {
  const findings: Finding[] = [];
  const canaryStatsList = canaries.map((outcome) => {
    const verdict = flaggerCanaryFailed.checkCanary?.(outcome, {});
    if (verdict) {
      const { meta } = flaggerCanaryFailed;
      const data = { rollout: outcome.ref.name, namespace: outcome.ref.namespace, phase: outcome.phase };
      findings.push({ analyzer: 'rollout', rule: meta.id, category: meta.category, severity: meta.severity, ...verdict, fingerprint: `${meta.id}:${outcome.ref.name}`, data });
    }
    return canaryStats(outcome);
  });
  const rollouts = scenarios.map((scenario) => {
    const rollout = rolloutObject(scenario);
    const ref = { name: scenario.name, namespace: scenario.namespace ?? 'shop' };
    const outcome: FollowOutcome = { ref, ending: scenario.ending, rollout, needsPromotion: needsPromotion(rollout), ...rolloutPhase(rollout) };
    const { analysisRuns: runsRefused, replicaSets: replicaSetsRefused } = scenario.forbidden ?? {};
    if (runsRefused !== undefined) outcome.analysisRuns = { known: false, reason: runsRefused };
    if (replicaSetsRefused !== undefined) outcome.replicaSets = { known: false, reason: replicaSetsRefused };
    for (const rule of rulesOf(VERDICT_RULES)) {
      const verdict = rule.check(outcome, { image: scenario.image });
      if (!verdict) continue;
      findings.push({
        analyzer: 'rollout',
        rule: rule.meta.id,
        category: rule.meta.category,
        severity: rule.meta.severity,
        message: verdict.message,
        suggestion: verdict.suggestion,
        fingerprint: `${rule.meta.id}:${ref.namespace}/${ref.name}`,
        data: { rollout: ref.name, namespace: ref.namespace, phase: outcome.phase },
      });
    }
    const stats = rolloutStats(outcome);
    if (scenario.analysisRuns === undefined) return stats;
    return { ...stats, analysisRuns: scenario.analysisRuns.map((run) => ({ type: run.metadata?.labels?.['rollout-type'], ...summarizeAnalysisRun(run) })) };
  });
  return buildReport({ name: 'predator-guard', version: '0.1.0' }, findings, [{ analyzer: 'rollout', status: 'ok', stats: { mode: 'follow', rollouts: [...rollouts, ...canaryStatsList], durationMs: 1200 } }], 'error');
}

export const HEALTHY: RolloutScenario = {
  name: 'checkout',
  steps: GROWING_STEPS,
  status: { phase: 'Healthy', message: '', currentStepIndex: 5, canary: { weights: { canary: { weight: 100 } } } },
  ending: 'healthy',
};

export const ABORTED: RolloutScenario = {
  name: 'checkout',
  steps: ANALYSED_STEPS,
  status: {
    phase: 'Degraded',
    message: 'RolloutAborted: Rollout aborted update to revision 4: Step-based analysis phase error/failed: metric "error-rate" assessed Failed due to failed (3) > failureLimit (2)',
    currentStepIndex: 2,
    abort: true,
    canary: { weights: { canary: { weight: 0 } }, currentStepAnalysisRunStatus: { name: 'checkout-6f7d9c5b4-4-2', status: 'Failed', message: 'Metric "error-rate" assessed Failed due to failed (3) > failureLimit (2)' } },
  },
  ending: 'degraded',
  analysisRuns: [FAILED_ANALYSIS_RUN],
};

export const PAUSED_FOR_PROMOTION: RolloutScenario = {
  name: 'checkout',
  steps: MANUAL_STEPS,
  status: {
    phase: 'Paused',
    message: 'CanaryPauseStep',
    currentStepIndex: 3,
    controllerPause: true,
    pauseConditions: [{ reason: 'CanaryPauseStep', startTime: '2026-11-26T06:00:00Z' }],
    canary: { weights: { canary: { weight: 50 } } },
  },
  ending: 'timeout',
};
