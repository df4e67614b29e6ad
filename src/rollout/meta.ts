import type { LintRule } from './lint/lint-rule.js';
import { allMetricsDryRun } from './rules/lint/all-metrics-dry-run.js';
import { analysisArgMissing } from './rules/lint/analysis-arg-missing.js';
import { analysisTemplateNotFound } from './rules/lint/analysis-template-not-found.js';
import { conditionSyntaxError } from './rules/lint/condition-syntax-error.js';
import { failureLimitUnset } from './rules/lint/failure-limit-unset.js';
import { finalWeightBelowFull } from './rules/lint/final-weight-below-full.js';
import { indefinitePause } from './rules/lint/indefinite-pause.js';
import { invalidMetricSpec } from './rules/lint/invalid-metric-spec.js';
import { invalidPauseDuration } from './rules/lint/invalid-pause-duration.js';
import { invalidStep } from './rules/lint/invalid-step.js';
import { metricWithoutCondition } from './rules/lint/metric-without-condition.js';
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

/**
 * The manifest lint rules (R1–R21 of notes/rollout-anchors.md §7, plus condition-syntax-error), alphabetically.
 * A registry test fails when one lacks its test file or its docs page.
 */
export const LINT_RULES: readonly LintRule[] = [
  allMetricsDryRun,
  analysisArgMissing,
  analysisTemplateNotFound,
  conditionSyntaxError,
  failureLimitUnset,
  finalWeightBelowFull,
  indefinitePause,
  invalidMetricSpec,
  invalidPauseDuration,
  invalidStep,
  metricWithoutCondition,
  progressDeadlineNoAbort,
  prometheusMetricMisuse,
  promqlSyntaxError,
  rolloutWithoutAnalysis,
  setWeightDecreasing,
  setWeightOutOfRange,
  stepAnalysisCountZero,
  stepAnalysisRunsForever,
  trafficRoutingInvalid,
  undeclaredTemplateArg,
  unguardedResultIndex,
];
