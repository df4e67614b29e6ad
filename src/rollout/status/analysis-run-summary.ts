import { evaluateCondition, type ConditionOutcome } from '../expr/evaluate-condition.js';
import { parseMeasurementValue } from '../expr/measurement-value.js';

/**
 * What the report shows of an AnalysisRun: the stored phases and counters as they are. The controller's stored
 * phase is trusted, never recomputed (hand-edited or racing objects may not add up, and the rollout reacted to the
 * stored phase, not to our arithmetic).
 */
export interface MetricSummary {
  name: string;
  phase: string;
  /** The last measurement's value as stored (Prometheus vectors are array text such as `[0.97]`). */
  lastValue?: string;
  successCondition?: string;
  failureCondition?: string;
  /** The query after argument substitution, when the controller recorded it. */
  resolvedQuery?: string;
  dryRun: boolean;
  /** The last value against each condition the metric sets, so the report says why a metric failed, not only that it did. */
  conditionChecks: ConditionCheck[];
  counts: { measurements: number; successful: number; failed: number; inconclusive: number; error: number; consecutiveError: number };
  /** Spec values may be strings (`{{args.limit}}`) until the controller resolves them. */
  limits: { count?: number | string; failureLimit: number | string; inconclusiveLimit: number | string; consecutiveErrorLimit: number | string };
}

/** One condition evaluated against the last measured value, with the notice line the report shows for it. */
export interface ConditionCheck {
  condition: 'successCondition' | 'failureCondition';
  expression: string;
  value: string;
  outcome: ConditionOutcome;
  /** `successCondition result[0] >= 0.95 with [0.97]: true`, or `…: condition not evaluated: <why>`. */
  line: string;
}

export interface AnalysisRunSummary {
  name: string;
  phase: string;
  message: string;
  /** `spec.terminate`: the rollout stopped the run, so Successful means "stopped before a failure", not "passed". */
  terminated: boolean;
  rolloutType?: string;
  podTemplateHash?: string;
  stepIndex?: number;
  metrics: MetricSummary[];
}

interface MetricSpec {
  name?: string;
  count?: number | string;
  failureLimit?: number | string;
  inconclusiveLimit?: number | string;
  consecutiveErrorLimit?: number | string;
  successCondition?: string;
  failureCondition?: string;
}

interface MetricResult {
  name?: string;
  phase?: string;
  count?: number;
  successful?: number;
  failed?: number;
  inconclusive?: number;
  error?: number;
  consecutiveError?: number;
  measurements?: { value?: string }[];
  metadata?: Record<string, string>;
}

export interface AnalysisRunObject {
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: {
    metrics?: MetricSpec[];
    /** The pre-release layout (Argo CD's test data): metrics one level down. */
    analysisSpec?: { metrics?: MetricSpec[] };
    terminate?: boolean;
    dryRun?: { metricName?: string }[];
  };
  status?: { phase?: string; message?: string; metricResults?: MetricResult[] };
}

// argo-rollouts' defaults for unset limits (utils/analysis/helpers.go).
const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;

export function summarizeAnalysisRun(run: AnalysisRunObject): AnalysisRunSummary {
  const specs = run.spec?.metrics ?? run.spec?.analysisSpec?.metrics ?? [];
  const results = run.status?.metricResults ?? [];
  const names = [...new Set([...specs.map((spec) => spec.name ?? ''), ...results.map((result) => result.name ?? '')])];
  const labels = run.metadata?.labels ?? {};
  const stepIndex = labels['step-index'] === undefined ? undefined : Number(labels['step-index']);
  return {
    name: run.metadata?.name ?? '',
    phase: run.status?.phase ?? 'Pending',
    message: run.status?.message ?? '',
    terminated: run.spec?.terminate === true,
    rolloutType: labels['rollout-type'],
    podTemplateHash: labels['rollouts-pod-template-hash'],
    stepIndex: Number.isInteger(stepIndex) ? stepIndex : undefined,
    metrics: names.map((name) =>
      summarizeMetric(name, specs.find((spec) => spec.name === name) ?? {}, results.find((result) => result.name === name) ?? {}, isDryRun(run, name)),
    ),
  };
}

function isDryRun(run: AnalysisRunObject, metric: string): boolean {
  return (run.spec?.dryRun ?? []).some((entry) => entry.metricName === metric || entry.metricName === '*');
}

function summarizeMetric(name: string, spec: MetricSpec, result: MetricResult, dryRun: boolean): MetricSummary {
  const measurements = result.measurements ?? [];
  const lastValue = measurements.at(-1)?.value;
  return {
    name,
    phase: result.phase ?? 'Pending',
    lastValue,
    successCondition: spec.successCondition,
    failureCondition: spec.failureCondition,
    resolvedQuery: result.metadata?.ResolvedPrometheusQuery,
    dryRun,
    conditionChecks: lastValue === undefined ? [] : checkConditions(spec, lastValue),
    counts: {
      measurements: result.count ?? 0,
      successful: result.successful ?? 0,
      failed: result.failed ?? 0,
      inconclusive: result.inconclusive ?? 0,
      error: result.error ?? 0,
      consecutiveError: result.consecutiveError ?? 0,
    },
    limits: {
      count: spec.count,
      failureLimit: spec.failureLimit ?? 0,
      inconclusiveLimit: spec.inconclusiveLimit ?? 0,
      consecutiveErrorLimit: spec.consecutiveErrorLimit ?? DEFAULT_CONSECUTIVE_ERROR_LIMIT,
    },
  };
}

const CONDITION_KEYS = ['successCondition', 'failureCondition'] as const;

/** Re-evaluates the conditions on the stored value; the stored phase stays the verdict, this only explains it. */
function checkConditions(spec: MetricSpec, value: string): ConditionCheck[] {
  const measured = parseMeasurementValue(value);
  return CONDITION_KEYS.flatMap((condition) => {
    const expression = spec[condition];
    if (expression === undefined || expression === '') return [];
    const outcome: ConditionOutcome = measured.ok
      ? evaluateCondition(expression, measured.result)
      : { evaluated: false, reason: `condition not evaluated: ${measured.reason}` };
    const verdict = outcome.evaluated ? String(outcome.value) : outcome.reason;
    return [{ condition, expression, value, outcome, line: `${condition} ${expression} with ${value}: ${verdict}` }];
  });
}
