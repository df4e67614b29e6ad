import type { ClusterRollout, RolloutRef } from '../cluster/rollout-api.js';
import type { AnalysisTemplateReader } from './analysis-template-reader.js';
import type { AnalysisTemplateObject, TemplateMetric } from './analysis-template.js';
import { argoResult, argoValueText } from './argo-result.js';
import { canaryAnalyses } from './canary-analyses.js';
import { measurementPhase, type MeasurementPhase } from './measurement-phase.js';
import type { PrometheusClient } from './prometheus-client.js';
import { resolveAnalysisArgs } from './resolve-analysis-args.js';
import { substituteArgs } from './substitute-args.js';

/** One Prometheus metric of a template, measured now against the canary. */
export interface MetricEvaluation {
  /** `namespace/name` of the Rollout. */
  rollout: string;
  /** Which analysis named the template: `background` or `step N`. */
  analysis: string;
  template: string;
  metric: string;
  /** The PromQL after `{{args.…}}` substitution: what Argo records as ResolvedPrometheusQuery. */
  query?: string;
  /** The measurement as Argo writes it: `[0.1]` for a vector, `0.1` for a scalar. */
  value?: string;
  successCondition?: string;
  failureCondition?: string;
  /** The measurement's phase when the conditions could be decided. */
  phase?: MeasurementPhase;
  /** Why no phase: the template could not be read, an arg has no value, a condition is outside what we evaluate. */
  notEvaluated?: string;
}

/**
 * Measures the Prometheus metrics of every template the canary's analyses name, once, as the controller would at
 * this moment: args resolved from the Rollout, the query sent to `prometheus-url`, the conditions decided on the
 * result. A template used by several steps with the same args is measured once. A Prometheus that cannot answer
 * throws: a half-measured release must not pass the gate quietly.
 */
export async function evaluateTemplateMetrics(rollout: ClusterRollout, ref: RolloutRef, readTemplate: AnalysisTemplateReader, prometheus: PrometheusClient): Promise<MetricEvaluation[]> {
  const evaluations: MetricEvaluation[] = [];
  const measured = new Set<string>();
  const rolloutName = `${ref.namespace}/${ref.name}`;
  for (const analysis of canaryAnalyses(rollout)) {
    for (const templateRef of analysis.templates) {
      const base = { rollout: rolloutName, analysis: analysis.usage, template: templateRef.templateName };
      let template: AnalysisTemplateObject;
      try {
        template = await readTemplate(templateRef, ref.namespace);
      } catch (error) {
        evaluations.push({ ...base, metric: '(all)', notEvaluated: error instanceof Error ? error.message : String(error) });
        continue;
      }
      const args = resolveAnalysisArgs(template.spec?.args ?? [], analysis.args, rollout);
      for (const metric of template.spec?.metrics ?? []) {
        const query = metric.provider?.prometheus?.query;
        if (query === undefined) continue;
        const entry: MetricEvaluation = { ...base, metric: metric.name ?? '(unnamed)', successCondition: metric.successCondition, failureCondition: metric.failureCondition };
        if (!args.ok) {
          evaluations.push({ ...entry, notEvaluated: args.reason });
          continue;
        }
        const resolved = substituteArgs(query, args.values);
        if (!resolved.ok) {
          evaluations.push({ ...entry, notEvaluated: resolved.reason });
          continue;
        }
        const key = `${templateRef.clusterScope}\0${templateRef.templateName}\0${entry.metric}\0${resolved.text}`;
        if (measured.has(key)) continue;
        measured.add(key);
        evaluations.push(await measure({ ...entry, query: resolved.text }, metric, prometheus));
      }
    }
  }
  return evaluations;
}

async function measure(entry: MetricEvaluation & { query: string }, metric: TemplateMetric, prometheus: PrometheusClient): Promise<MetricEvaluation> {
  const result = argoResult(await prometheus.query(entry.query));
  if (!result.ok) return { ...entry, notEvaluated: result.reason };
  const value = argoValueText(result.result);
  const outcome = measurementPhase(result.result, metric.successCondition, metric.failureCondition);
  if (outcome.evaluated) return { ...entry, value, phase: outcome.phase };
  const noData = Array.isArray(result.result) && result.result.length === 0;
  return { ...entry, value, notEvaluated: noData ? `no data (the query returned an empty vector), and ${outcome.reason}` : outcome.reason };
}
