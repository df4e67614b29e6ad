import { defineLintRule } from '../../lint/lint-rule.js';
import { parseDuration } from '../../../core/config/duration.js';
import { fieldPathText, isAnalysisTemplate } from '../../lint/manifest.js';
import type { LintReport } from '../../lint/lint-rule.js';
import { asList, asRecord, asString, asWholeNumber } from '../../lint/plain-data.js';
import { providerNames, templateMetrics, type LocatedMetric } from '../../lint/template-metrics.js';

/**
 * R14: what argo-rollouts' ValidateMetric / ValidateMetrics refuse; the AnalysisRun then ends in Error ("Analysis spec
 * invalid") and the Rollout aborts before measuring anything. Limits written as `{{args.x}}` are resolved only at run
 * time and are not judged here.
 */
export const invalidMetricSpec = defineLintRule({
  meta: {
    id: 'invalid-metric-spec',
    category: 'configuration',
    severity: 'error',
    description: 'An analysis template the controller refuses: no metrics, duplicate metric names, not one provider, or inconsistent count, limits, interval or initialDelay.',
    summary: 'what the controller refuses: no metrics, duplicate names, not one provider, bad durations, contradictory count and limits (R14)',
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    const metrics = templateMetrics(manifest);
    if (asList(asRecord(manifest.object.spec).metrics).length === 0) {
      return [{ path: ['spec', 'metrics'], message: `${manifest.kind} '${manifest.name}' has no spec.metrics; a template needs at least one metric.`, suggestion: 'Add a metric, or delete the template.' }];
    }
    return [...argReports(manifest.object.spec), ...duplicateNames(metrics), ...metrics.flatMap(checkMetric)];
  },
});

/** An arg with both `value` and `valueFrom`: the controller refuses to resolve the template's args. */
function argReports(spec: unknown): LintReport[] {
  return asList(asRecord(spec).args).flatMap((arg, index) => {
    const { name, value, valueFrom } = asRecord(arg);
    if (value === undefined || valueFrom === undefined) return [];
    const path = ['spec', 'args', index, 'valueFrom'];
    return [{ path, message: `${fieldPathText(['spec', 'args', index])} ('${asString(name) ?? index}') sets both value and valueFrom; an arg takes one of them.`, suggestion: 'Keep value or valueFrom, not both.' }];
  });
}

function duplicateNames(metrics: readonly LocatedMetric[]): LintReport[] {
  const seen = new Set<string>();
  return metrics.flatMap(({ name, path }) => {
    if (!seen.has(name)) {
      seen.add(name);
      return [];
    }
    const namePath = [...path, 'name'];
    return [{ path: namePath, message: `${fieldPathText(namePath)} is '${name}', which an earlier metric already uses; metric names must be unique.`, suggestion: 'Rename one of the metrics.' }];
  });
}

function checkMetric({ metric, name, path }: LocatedMetric): LintReport[] {
  const reports: LintReport[] = [];
  const report = (field: string, problem: string, suggestion: string) =>
    reports.push({ path: [...path, field], message: `Metric '${name}': ${fieldPathText([...path, field])} ${problem}.`, suggestion });
  const providers = providerNames(metric);
  if (providers.length === 0) report('provider', 'names no provider', 'Add exactly one provider (prometheus, job, web, …).');
  if (providers.length > 1) report('provider', `names several providers (${providers.join(', ')})`, 'Keep one provider per metric; split the others into metrics of their own.');
  for (const field of ['interval', 'initialDelay'] as const) {
    const text = asString(metric[field]);
    if (metric[field] !== undefined && !isTemplated(metric[field]) && (text === undefined || parseDuration(text) === undefined)) {
      report(field, `is ${JSON.stringify(metric[field])}; expected a duration such as 30s, 5m or 1h`, 'Write the duration with a unit: ms, s, m or h.');
    }
  }
  const count = asWholeNumber(metric.count);
  const failureLimit = asWholeNumber(metric.failureLimit) ?? 0;
  const inconclusiveLimit = asWholeNumber(metric.inconclusiveLimit) ?? 0;
  const consecutiveSuccessLimit = asWholeNumber(metric.consecutiveSuccessLimit) ?? 0;
  if (count !== undefined && count > 1 && metric.interval === undefined) {
    report('count', `is ${count} without an interval; several measurements need an interval between them`, 'Add interval (e.g. 1m), or set count: 1.');
  }
  if (consecutiveSuccessLimit < 0) report('consecutiveSuccessLimit', `is ${consecutiveSuccessLimit}; expected a number ≥ 0`, 'Use 0 (off) or more.');
  const consecutiveErrorLimit = asWholeNumber(metric.consecutiveErrorLimit);
  if (consecutiveErrorLimit !== undefined && consecutiveErrorLimit < 0) report('consecutiveErrorLimit', `is ${consecutiveErrorLimit}; expected a number ≥ 0`, 'Use 0 or more (the default is 4).');
  if (failureLimit < -1) report('failureLimit', `is ${failureLimit}; expected -1 (never fail) or a number ≥ 0`, 'Use -1 to disable failing, or a limit ≥ 0.');
  if (failureLimit === -1 && consecutiveSuccessLimit === 0) {
    report('failureLimit', 'is -1 and consecutiveSuccessLimit is unset or 0: the metric can neither fail nor succeed early', 'Set consecutiveSuccessLimit, or a failureLimit ≥ 0.');
  }
  // With failing turned off (-1) only consecutiveSuccessLimit has to fit within count.
  if (count !== undefined && count > 0 && consecutiveSuccessLimit >= 0 && failureLimit >= 0 && count < failureLimit + consecutiveSuccessLimit) {
    report('count', `is ${count}, below failureLimit (${failureLimit}) + consecutiveSuccessLimit (${consecutiveSuccessLimit}): the limits cannot be reached within count`, 'Raise count, or lower the limits.');
  }
  if (count !== undefined && count > 0 && failureLimit === -1 && count < consecutiveSuccessLimit) {
    report('count', `is ${count}, below consecutiveSuccessLimit (${consecutiveSuccessLimit}) with failureLimit -1: the metric can never succeed`, 'Raise count to at least consecutiveSuccessLimit.');
  }
  if (inconclusiveLimit < 0) report('inconclusiveLimit', `is ${inconclusiveLimit}; expected a number ≥ 0`, 'Use 0 or more.');
  if (count !== undefined && count > 0 && inconclusiveLimit > count) {
    report('inconclusiveLimit', `is ${inconclusiveLimit}, more than count (${count}): it can never be exceeded`, 'Lower inconclusiveLimit to at most count.');
  }
  return reports;
}

function isTemplated(value: unknown): boolean {
  return typeof value === 'string' && value.includes('{{');
}
