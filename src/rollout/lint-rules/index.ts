import type { LintRule } from '../lint/lint-rule.js';
import { allMetricsDryRun } from './all-metrics-dry-run.js';
import { analysisArgMissing } from './analysis-arg-missing.js';
import { analysisTemplateNotFound } from './analysis-template-not-found.js';
import { conditionSyntaxError } from './condition-syntax-error.js';
import { failureLimitUnset } from './failure-limit-unset.js';
import { finalWeightBelowFull } from './final-weight-below-full.js';
import { indefinitePause } from './indefinite-pause.js';
import { invalidMetricSpec } from './invalid-metric-spec.js';
import { invalidPauseDuration } from './invalid-pause-duration.js';
import { invalidStep } from './invalid-step.js';
import { metricWithoutCondition } from './metric-without-condition.js';
import { progressDeadlineNoAbort } from './progress-deadline-no-abort.js';
import { prometheusMetricMisuse } from './prometheus-metric-misuse.js';
import { promqlSyntaxError } from './promql-syntax-error.js';
import { rolloutWithoutAnalysis } from './rollout-without-analysis.js';
import { setWeightDecreasing } from './set-weight-decreasing.js';
import { setWeightOutOfRange } from './set-weight-out-of-range.js';
import { stepAnalysisCountZero } from './step-analysis-count-zero.js';
import { stepAnalysisRunsForever } from './step-analysis-runs-forever.js';
import { trafficRoutingInvalid } from './traffic-routing-invalid.js';
import { undeclaredTemplateArg } from './undeclared-template-arg.js';
import { unguardedResultIndex } from './unguarded-result-index.js';

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
