import type { FieldPath, Manifest } from './manifest.js';
export interface LocatedMetric {
    metric: Record<string, unknown>;
    /** The metric's name, or `#<index>` when it has none (messages still need to name it). */
    name: string;
    index: number;
    path: FieldPath;
}
/** The metrics of an AnalysisTemplate or ClusterAnalysisTemplate, with their paths. */
export declare function templateMetrics(template: Manifest): LocatedMetric[];
/** The provider keys a metric sets (`prometheus`, `job`, `web`, …); exactly one is valid. */
export declare function providerNames(metric: Record<string, unknown>): string[];
