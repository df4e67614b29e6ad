import type { MetricSamples, MetricJudgement } from './judge-result.js';
import type { JudgeMetricSettings } from './judge-settings.js';
/**
 * Kayenta's metric classes. Pass, High and Low count in the group score; NoDataFail (no data on a must-have-data
 * metric) counts as a failure there; NoData and Error (no test possible) are left out, and fail a critical metric.
 */
export type Classification = 'Pass' | 'High' | 'Low' | 'NoData' | 'NoDataFail' | 'Error';
/** Classifies one metric's canary against its stable as NetflixACAJudge's Mann-Whitney classifier does. */
export declare function classifyMetric(samples: MetricSamples, settings: JudgeMetricSettings): MetricJudgement;
