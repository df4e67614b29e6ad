import type { AnalyzerMeta } from '../core/analyzer.js';
import { duration, stringList } from '../core/config/schema-fragments.js';
import { ruleRegistry } from '../core/rules/registry.js';
import { canaryJudgeSchema } from './judge/judge-settings-schema.js';
import { HEALTH_PROBES_SCHEMA } from './probes/health-probes-schema.js';
import { ROLLOUT_RUN_STATS_SCHEMA } from './rollout-run-stats.js';
import { canaryJudgeFailed } from './rules/judge/canary-judge-failed.js';
import { canaryJudgeMarginal } from './rules/judge/canary-judge-marginal.js';
import { canaryJudgeUndecided } from './rules/judge/canary-judge-undecided.js';
import { analysisDryRun } from './rules/dry-run/analysis-dry-run.js';
import { maxSurgeUnavailableZero } from './rules/lint/max-surge-unavailable-zero.js';
import { referencedObjectNotFound } from './rules/lint/referenced-object-not-found.js';
import { rolloutSelectorInvalid } from './rules/lint/rollout-selector-invalid.js';
import { serviceSelectorMismatch } from './rules/lint/service-selector-mismatch.js';
import { podTemplateInvalid } from './rules/lint/pod-template-invalid.js';
import { trafficSplitNotOwned } from './rules/lint/traffic-split-not-owned.js';
import { ambassadorMappingInvalid } from './rules/lint/ambassador-mapping-invalid.js';
import { appMeshRouteInvalid } from './rules/lint/app-mesh-route-invalid.js';
import { serviceManagedByOtherRollout } from './rules/lint/service-managed-by-other-rollout.js';
import { unknownField } from './rules/lint/unknown-field.js';
import { rolloutCountsInvalid } from './rules/lint/rollout-counts-invalid.js';
import { strategyInvalid } from './rules/lint/strategy-invalid.js';
import { flaggerAnalysisInvalid } from './rules/lint/flagger-analysis-invalid.js';
import { flaggerMetricInvalid } from './rules/lint/flagger-metric-invalid.js';
import { flaggerWebhookInvalid } from './rules/lint/flagger-webhook-invalid.js';
import { virtualServiceRouteInvalid } from './rules/lint/virtual-service-route-invalid.js';
import { routeMatchInvalid } from './rules/lint/route-match-invalid.js';
import { allMetricsDryRun } from './rules/lint/all-metrics-dry-run.js';
import { analysisArgFieldRefInvalid } from './rules/lint/analysis-arg-field-ref-invalid.js';
import { analysisArgMissing } from './rules/lint/analysis-arg-missing.js';
import { analysisTemplatesConflict } from './rules/lint/analysis-templates-conflict.js';
import { analysisTemplateNotFound } from './rules/lint/analysis-template-not-found.js';
import { conditionSyntaxError } from './rules/lint/condition-syntax-error.js';
import { duplicateTemplateName } from './rules/lint/duplicate-template-name.js';
import { experimentStepInvalid } from './rules/lint/experiment-step-invalid.js';
import { failureLimitUnset } from './rules/lint/failure-limit-unset.js';
import { finalWeightBelowFull } from './rules/lint/final-weight-below-full.js';
import { ingressBackendMissing } from './rules/lint/ingress-backend-missing.js';
import { indefinitePause } from './rules/lint/indefinite-pause.js';
import { invalidMetricSpec } from './rules/lint/invalid-metric-spec.js';
import { invalidPauseDuration } from './rules/lint/invalid-pause-duration.js';
import { invalidStep } from './rules/lint/invalid-step.js';
import { manifestYamlError } from './rules/lint/manifest-yaml-error.js';
import { metricRuleInvalid } from './rules/lint/metric-rule-invalid.js';
import { metricWithoutCondition } from './rules/lint/metric-without-condition.js';
import { pingPongInvalid } from './rules/lint/ping-pong-invalid.js';
import { progressDeadlineNoAbort } from './rules/lint/progress-deadline-no-abort.js';
import { prometheusMetricMisuse } from './rules/lint/prometheus-metric-misuse.js';
import { promqlSyntaxError } from './rules/lint/promql-syntax-error.js';
import { rolloutWithoutAnalysis } from './rules/lint/rollout-without-analysis.js';
import { setWeightDecreasing } from './rules/lint/set-weight-decreasing.js';
import { setWeightOutOfRange } from './rules/lint/set-weight-out-of-range.js';
import { stepAnalysisCountZero } from './rules/lint/step-analysis-count-zero.js';
import { stepAnalysisRunsForever } from './rules/lint/step-analysis-runs-forever.js';
import { trafficRoutingInvalid } from './rules/lint/traffic-routing-invalid.js';
import { undeclaredTemplateArg } from './rules/lint/undeclared-template-arg.js';
import { unguardedResultIndex } from './rules/lint/unguarded-result-index.js';
import { canaryMetricFailed } from './rules/metrics/canary-metric-failed.js';
import { canaryMetricUndecided } from './rules/metrics/canary-metric-undecided.js';
import { healthProbeFailed } from './rules/probes/health-probe-failed.js';
import { flaggerCanaryFailed } from './rules/verdict/flagger-canary-failed.js';
import { rolloutAborted } from './rules/verdict/rollout-aborted.js';
import { rolloutDegraded } from './rules/verdict/rollout-degraded.js';
import { rolloutRolledBack } from './rules/verdict/rollout-rolled-back.js';
import { rolloutTimeout } from './rules/verdict/rollout-timeout.js';

/** The manifest lint rules (R1–R21 of the rollout notes, plus condition-syntax-error), alphabetically, one line each. */
export const LINT_RULES = ruleRegistry({
  'all-metrics-dry-run': allMetricsDryRun,
  'ambassador-mapping-invalid': ambassadorMappingInvalid,
  'analysis-arg-field-ref-invalid': analysisArgFieldRefInvalid,
  'analysis-arg-missing': analysisArgMissing,
  'analysis-template-not-found': analysisTemplateNotFound,
  'analysis-templates-conflict': analysisTemplatesConflict,
  'app-mesh-route-invalid': appMeshRouteInvalid,
  'condition-syntax-error': conditionSyntaxError,
  'duplicate-template-name': duplicateTemplateName,
  'experiment-step-invalid': experimentStepInvalid,
  'failure-limit-unset': failureLimitUnset,
  'final-weight-below-full': finalWeightBelowFull,
  'flagger-analysis-invalid': flaggerAnalysisInvalid,
  'flagger-metric-invalid': flaggerMetricInvalid,
  'flagger-webhook-invalid': flaggerWebhookInvalid,
  'indefinite-pause': indefinitePause,
  'ingress-backend-missing': ingressBackendMissing,
  'invalid-metric-spec': invalidMetricSpec,
  'invalid-pause-duration': invalidPauseDuration,
  'invalid-step': invalidStep,
  'manifest-yaml-error': manifestYamlError,
  'max-surge-unavailable-zero': maxSurgeUnavailableZero,
  'metric-rule-invalid': metricRuleInvalid,
  'metric-without-condition': metricWithoutCondition,
  'ping-pong-invalid': pingPongInvalid,
  'pod-template-invalid': podTemplateInvalid,
  'progress-deadline-no-abort': progressDeadlineNoAbort,
  'prometheus-metric-misuse': prometheusMetricMisuse,
  'promql-syntax-error': promqlSyntaxError,
  'referenced-object-not-found': referencedObjectNotFound,
  'rollout-counts-invalid': rolloutCountsInvalid,
  'rollout-selector-invalid': rolloutSelectorInvalid,
  'rollout-without-analysis': rolloutWithoutAnalysis,
  'route-match-invalid': routeMatchInvalid,
  'service-managed-by-other-rollout': serviceManagedByOtherRollout,
  'service-selector-mismatch': serviceSelectorMismatch,
  'set-weight-decreasing': setWeightDecreasing,
  'set-weight-out-of-range': setWeightOutOfRange,
  'step-analysis-count-zero': stepAnalysisCountZero,
  'step-analysis-runs-forever': stepAnalysisRunsForever,
  'strategy-invalid': strategyInvalid,
  'traffic-routing-invalid': trafficRoutingInvalid,
  'traffic-split-not-owned': trafficSplitNotOwned,
  'undeclared-template-arg': undeclaredTemplateArg,
  'unguarded-result-index': unguardedResultIndex,
  'unknown-field': unknownField,
  'virtual-service-route-invalid': virtualServiceRouteInvalid,
});

/** The verdicts on a followed Rollout or Canary, alphabetically; each outcome matches at most one of them. */
export const VERDICT_RULES = ruleRegistry({
  'flagger-canary-failed': flaggerCanaryFailed,
  'rollout-aborted': rolloutAborted,
  'rollout-degraded': rolloutDegraded,
  'rollout-rolled-back': rolloutRolledBack,
  'rollout-timeout': rolloutTimeout,
});

/** The verdict on each health probe over the whole wait. */
export const PROBE_RULES = ruleRegistry({
  'health-probe-failed': healthProbeFailed,
});

/** The verdicts on template metrics the check measures itself, alphabetically. */
export const METRIC_RULES = ruleRegistry({
  'canary-metric-failed': canaryMetricFailed,
  'canary-metric-undecided': canaryMetricUndecided,
});

/** The verdicts on the canary judge's result, alphabetically; a result matches at most one. */
export const JUDGE_RULES = ruleRegistry({
  'canary-judge-failed': canaryJudgeFailed,
  'canary-judge-marginal': canaryJudgeMarginal,
  'canary-judge-undecided': canaryJudgeUndecided,
});

/** The verdicts on AnalysisTemplate metrics run against Prometheus before the merge (`--lint --prometheus-url`). */
export const DRY_RUN_RULES = ruleRegistry({
  'analysis-dry-run': analysisDryRun,
});

/** What the rest of the program knows of the rollout check without loading the Kubernetes client. */
export const rolloutMeta = {
  name: 'rollout',
  families: { lint: LINT_RULES, verdict: VERDICT_RULES, probes: PROBE_RULES, metrics: METRIC_RULES, judge: JUDGE_RULES, 'dry-run': DRY_RUN_RULES },
  settings: {
    kubeconfig: { type: 'string' },
    context: { type: 'string' },
    rollout: stringList('Rollout names.'),
    kind: { enum: ['rollout', 'canary'], description: 'rollout (Argo Rollouts) or canary (Flagger); unset: whichever the name belongs to' },
    selector: { type: 'string', description: 'a label selector choosing the Rollouts/Canaries to follow, instead of names' },
    namespace: { type: 'string' },
    'rollout-timeout': duration('a Go-style duration such as 10m'),
    image: { type: 'string' },
    'success-on-pause': { type: 'boolean' },
    'allow-empty': { type: 'boolean', description: 'lint only: pass when the paths hold no Rollout or AnalysisTemplate, instead of a usage error' },
    'prometheus-url': { type: 'string', pattern: '^https?://', description: "the Prometheus server's base URL, such as http://prometheus:9090" },
    'dry-run-args': {
      type: 'object',
      additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
      description: "AnalysisTemplate name → {arg: value}: the stable's args for the pre-merge dry run (`--lint` with prometheus-url)",
    },
    'health-probes': HEALTH_PROBES_SCHEMA,
    'canary-judge': canaryJudgeSchema(),
  },
  statsSchema: ROLLOUT_RUN_STATS_SCHEMA,
} satisfies AnalyzerMeta<'rollout'>;

export type { FollowRunStats, LintRunStats, RolloutRunStats } from './rollout-run-stats.js';
export type { NamedAnalysisRun, RolloutStats } from './cluster/rollout-stats.js';
export type { CanaryStats } from './flagger/canary-stats.js';
export type { AnalysisRunSummary, MetricSummary } from './status/analysis-run-summary.js';
export type { CanaryStepSummary } from './status/canary-step-summary.js';
