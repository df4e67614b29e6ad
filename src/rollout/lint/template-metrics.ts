import type { FieldPath, Manifest } from './manifest.js';
import { asList, asRecord, asString, isRecord } from './plain-data.js';

export interface LocatedMetric {
  metric: Record<string, unknown>;
  /** The metric's name, or `#<index>` when it has none (messages still need to name it). */
  name: string;
  index: number;
  path: FieldPath;
}

/** The metrics of an AnalysisTemplate or ClusterAnalysisTemplate, with their paths. */
export function templateMetrics(template: Manifest): LocatedMetric[] {
  return asList(asRecord(template.object.spec).metrics).flatMap((metric, index) =>
    isRecord(metric) ? [{ metric, name: asString(metric.name) ?? `#${index}`, index, path: ['spec', 'metrics', index] }] : [],
  );
}

/** The provider keys a metric sets (`prometheus`, `job`, `web`, …); exactly one is valid. */
export function providerNames(metric: Record<string, unknown>): string[] {
  const provider = asRecord(metric.provider);
  // Each plugin under `plugin` counts as a provider of its own, as the controller counts them.
  return Object.keys(provider).flatMap((key) => (key === 'plugin' && isRecord(provider.plugin) && Object.keys(provider.plugin).length > 0 ? Object.keys(provider.plugin).map((plugin) => `plugin ${plugin}`) : [key]));
}
