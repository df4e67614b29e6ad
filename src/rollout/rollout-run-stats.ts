import type { RolloutStats } from './cluster/rollout-stats.js';
import type { DryRunStats } from './dry-run/dry-run-manifests.js';
import type { CanaryStats } from './flagger/canary-stats.js';
import type { ReleaseCheckStats } from './metrics/release-checks.js';

/**
 * What a rollout run reports in `runs[].stats`: the manifests it linted, or the objects it followed with what the
 * checks beside the wait measured. Renderers read it back from the report, which may be a saved JSON file, so this
 * is the contract between the analyzer and every output that shows the run's facts.
 */
export type RolloutRunStats = LintRunStats | FollowRunStats;

export interface LintRunStats {
  mode: 'lint';
  files: number;
  /** Canary and MetricTemplate (Flagger) are absent in reports of older versions. */
  manifests: { Rollout: number; AnalysisTemplate: number; ClusterAnalysisTemplate: number; Canary?: number; MetricTemplate?: number };
  /** Files read but not linted, with why (Helm/Go template syntax); absent in reports of older versions. */
  skipped?: { file: string; reason: string }[];
  /** The pre-merge dry run, with prometheus-url: each template metric's resolved query and outcome. */
  dryRun?: DryRunStats;
  durationMs: number;
}

export type FollowRunStats = {
  mode: 'follow';
  /** Each followed Argo Rollout or Flagger Canary, told apart by `kind`. */
  rollouts: (RolloutStats | CanaryStats)[];
  durationMs: number;
} & ReleaseCheckStats;

const text = { type: 'string' };
const integer = { type: 'integer' };
const numberOrText = { type: ['number', 'string'] };
const objectOf = (required: string[], properties: Record<string, unknown>) => ({ type: 'object', required, properties });

const METRIC = objectOf(['name', 'phase', 'dryRun', 'conditionChecks', 'counts', 'limits'], {
  name: text,
  phase: text,
  lastValue: text,
  successCondition: text,
  failureCondition: text,
  resolvedQuery: text,
  dryRun: { type: 'boolean' },
  conditionChecks: { type: 'array' },
  counts: objectOf(['measurements', 'successful', 'failed', 'inconclusive', 'error', 'consecutiveError'], {
    measurements: integer,
    successful: integer,
    failed: integer,
    inconclusive: integer,
    error: integer,
    consecutiveError: integer,
  }),
  limits: objectOf(['failureLimit', 'inconclusiveLimit', 'consecutiveErrorLimit'], {
    count: numberOrText,
    failureLimit: numberOrText,
    inconclusiveLimit: numberOrText,
    consecutiveErrorLimit: numberOrText,
  }),
});

/** An AnalysisRun as read from the API, or only as the Rollout's status names it. */
const ANALYSIS_RUN = {
  anyOf: [
    objectOf(['name', 'phase', 'message', 'terminated', 'metrics'], { name: text, phase: text, message: text, terminated: { type: 'boolean' }, rolloutType: text, metrics: { type: 'array', items: METRIC } }),
    objectOf(['type', 'name', 'status', 'message'], { type: text, name: text, status: text, message: text }),
  ],
};

const FOLLOWED = {
  ...objectOf(['kind', 'name', 'namespace', 'phase', 'message', 'ending', 'needsPromotion', 'analysisRuns'], {
    kind: { enum: ['Rollout', 'Canary'] },
    name: text,
    namespace: text,
    phase: text,
    message: text,
    ending: { enum: ['healthy', 'degraded', 'paused', 'timeout'] },
    needsPromotion: { type: 'boolean' },
    step: integer,
    steps: integer,
    weights: { type: 'object', properties: { desired: numberOrText, actual: numberOrText } },
    stepList: { type: 'array', items: objectOf(['kind'], { kind: text, weight: { type: 'number' }, duration: numberOrText, templates: { type: 'array', items: text } }) },
    analysisRuns: { type: 'array', items: ANALYSIS_RUN },
    failedChecks: integer,
    threshold: integer,
    unknown: { type: 'object', additionalProperties: text },
  }),
  if: { properties: { kind: { const: 'Canary' } } },
  then: { required: ['weights', 'failedChecks', 'threshold'] },
};

/**
 * The JSON Schema of these stats, for a saved report (the fork-safe pair posts a report an earlier job wrote): the
 * outputs read the stats as typed, so a report is checked against this before anything renders it.
 */
export const ROLLOUT_RUN_STATS_SCHEMA = {
  ...objectOf(['mode', 'durationMs'], { mode: { enum: ['lint', 'follow'] }, durationMs: { type: 'number' } }),
  if: { properties: { mode: { const: 'follow' } } },
  then: objectOf(['rollouts'], {
    rollouts: { type: 'array', items: FOLLOWED },
    metrics: { type: 'array' },
    canaryJudge: { type: 'array' },
    probes: { type: 'array' },
  }),
  else: objectOf(['files', 'manifests'], {
    files: integer,
    manifests: objectOf(['Rollout', 'AnalysisTemplate', 'ClusterAnalysisTemplate'], { Rollout: integer, AnalysisTemplate: integer, ClusterAnalysisTemplate: integer, Canary: integer, MetricTemplate: integer }),
    skipped: { type: 'array', items: objectOf(['file', 'reason'], { file: text, reason: text }) },
    dryRun: objectOf(['templates', 'metrics'], {
      templates: integer,
      metrics: { type: 'array', items: objectOf(['metric', 'template', 'outcome'], { metric: text, template: text, query: text, outcome: text, reason: text }) },
    }),
  }),
};
