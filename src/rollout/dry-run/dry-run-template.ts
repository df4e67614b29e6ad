import type { AnalysisTemplateObject, TemplateMetric } from '../metrics/analysis-template.js';
import { argoValueText } from '../metrics/argo-result.js';
import { measurementPhase } from '../metrics/measurement-phase.js';
import type { PrometheusClient } from '../metrics/prometheus-client.js';
import { substituteArgs } from '../metrics/substitute-args.js';

/** The last hour, one measurement a minute: what the template would have measured on the stable version today. */
export const DRY_RUN_WINDOW_MS = 60 * 60 * 1000;
export const DRY_RUN_STEP_SECONDS = 60;

/** Values a condition is tried on to see whether it can fail at all: ends, zero, fractions, NaN (0/0). */
const PROBE_VALUES = [Number.NEGATIVE_INFINITY, -1e9, -1, 0, 1e-9, 0.01, 0.5, 0.99, 1, 100, 1e9, Number.POSITIVE_INFINITY, Number.NaN];

export type DryRunOutcome =
  /** At least one minute of the last hour fails the conditions. */
  | { kind: 'would-fail'; failed: number; measured: number; firstFailure: { at: Date; value: string } }
  /** The query returned no series over the whole hour. */
  | { kind: 'no-data' }
  /** No value of PROBE_VALUES fails the conditions: the metric checks nothing. */
  | { kind: 'never-fails'; tried: string }
  /** Every minute passed. */
  | { kind: 'passes'; measured: number }
  /** Not measured: an arg without a value, a condition outside what is evaluated, a matrix result. */
  | { kind: 'not-evaluated'; reason: string };

export interface DryRunMetric {
  template: string;
  metric: string;
  /** The PromQL after `{{args.…}}` substitution, when it could be made. */
  query?: string;
  outcome: DryRunOutcome;
}

/**
 * Runs each Prometheus metric of one AnalysisTemplate against the stable version before the merge: args from the
 * template's own `value`s overridden by `args` (`dry-run-args`, or the live stable's), the query run over the last
 * hour a minute apart, and the conditions evaluated on each minute's vector as Argo would hand it over. A condition
 * that no value can fail is said so whatever the data. A Prometheus that cannot answer throws (its own message).
 */
export async function dryRunTemplate(template: AnalysisTemplateObject, args: Readonly<Record<string, string>>, prometheus: PrometheusClient, now: Date): Promise<DryRunMetric[]> {
  const name = template.metadata?.name ?? '(unnamed)';
  const values: Record<string, string> = {};
  for (const arg of template.spec?.args ?? []) if (arg.name !== undefined && arg.value !== undefined) values[arg.name] = arg.value;
  Object.assign(values, args);
  const results: DryRunMetric[] = [];
  for (const metric of template.spec?.metrics ?? []) {
    const query = metric.provider?.prometheus?.query;
    if (query === undefined) continue;
    const base = { template: name, metric: metric.name ?? '(unnamed)' };
    const never = neverFails(metric);
    if (never) {
      results.push({ ...base, outcome: never });
      continue;
    }
    const missing = (template.spec?.args ?? []).find((arg) => arg.name !== undefined && !(arg.name in values));
    if (missing) {
      results.push({ ...base, outcome: { kind: 'not-evaluated', reason: `the arg ${missing.name} has no value: give it one under dry-run-args (${missing.name}: …)` } });
      continue;
    }
    const resolved = substituteArgs(query, values);
    if (!resolved.ok) {
      results.push({ ...base, outcome: { kind: 'not-evaluated', reason: resolved.reason } });
      continue;
    }
    results.push({ ...base, query: resolved.text, outcome: await measureHour(resolved.text, metric, prometheus, now) });
  }
  return results;
}

/**
 * Whether no probe value can fail the conditions. Each is tried as a one-element vector and as a scalar; a form on
 * which some probe cannot be evaluated (e.g. `result[0]` on a scalar) is not the template's form and is left out.
 * Undefined when a probe fails in a form that applies, or when no form applies.
 */
function neverFails(metric: TemplateMetric): DryRunOutcome | undefined {
  if (!metric.successCondition && !metric.failureCondition) return undefined; // another lint rule's case: no condition
  let applicable = 0;
  for (const form of [(value: number) => [value], (value: number) => value]) {
    const phases = PROBE_VALUES.map((value) => measurementPhase(form(value), metric.successCondition, metric.failureCondition));
    if (!phases.every((outcome) => outcome.evaluated)) continue;
    applicable++;
    if (phases.some((outcome) => outcome.evaluated && outcome.phase !== 'Successful')) return undefined;
  }
  return applicable > 0 ? { kind: 'never-fails', tried: PROBE_VALUES.map((value) => argoValueText(value)).join(', ') } : undefined;
}

async function measureHour(query: string, metric: TemplateMetric, prometheus: PrometheusClient, now: Date): Promise<DryRunOutcome> {
  // The instant query tells a scalar (a plain number for the condition) from a vector (a list): a range query
  // returns both as a matrix.
  const kind = (await prometheus.query(query, now)).kind;
  if (kind !== 'scalar' && kind !== 'vector') return { kind: 'not-evaluated', reason: `the query returns a ${kind}; Argo Rollouts supports only vectors and scalars` };
  const series = await prometheus.queryRange(query, { start: new Date(now.getTime() - DRY_RUN_WINDOW_MS), end: now, stepSeconds: DRY_RUN_STEP_SECONDS });
  const byTime = new Map<number, number[]>();
  for (const entry of series) {
    for (const point of entry.points) byTime.set(point.time, [...(byTime.get(point.time) ?? []), point.value]);
  }
  if (byTime.size === 0) return { kind: 'no-data' };
  let failed = 0;
  let firstFailure: { at: Date; value: string } | undefined;
  for (const time of [...byTime.keys()].sort((a, b) => a - b)) {
    const vector = byTime.get(time) ?? [];
    const result = kind === 'scalar' ? vector[0] : vector;
    const outcome = measurementPhase(result, metric.successCondition, metric.failureCondition);
    if (!outcome.evaluated) return { kind: 'not-evaluated', reason: outcome.reason };
    if (outcome.phase === 'Failed') {
      failed++;
      firstFailure ??= { at: new Date(time * 1000), value: argoValueText(result) };
    }
  }
  if (firstFailure) return { kind: 'would-fail', failed, measured: byTime.size, firstFailure };
  return { kind: 'passes', measured: byTime.size };
}
