/**
 * The canary judge (Kayenta's NetflixACAJudge, reimplemented): canary-versus-stable samples per metric in, a score
 * and per-metric classifications out. Pure: whoever fetches the range data (the Prometheus side of the rollout
 * check) passes numbers in and turns the result into findings.
 *
 *   readCanaryJudgeSettings(value, where?)  the config's `canary-judge:` value (config.settings['canary-judge'])
 *                                           → CanaryJudgeSettings; undefined when absent; a UsageError naming
 *                                           `where` (default 'canary-judge') and the key when bad
 *   judgeCanary(inputs, settings)           MetricSamples[] ({name, canary, stable}: values in time order, or a list
 *                                           of series each in time order) → JudgeResult
 *   judgeReports(result, subject?)          JudgeResult → [{ meta, report }] of canary-judge-failed /
 *                                           canary-judge-marginal / canary-judge-undecided (empty when the judge passed); feed each to
 *                                           releaseFinding(meta, report, …); subject (e.g. 'shop/web') goes in the message
 */
export { readCanaryJudgeSettings } from './judge-settings.js';
export type { CanaryJudgeSettings, EffectSizeBounds, JudgeMetricSettings, JudgeDirection, NanStrategy, OutlierStrategy } from './judge-settings.js';
export { judgeCanary } from './judge-canary.js';
export type { GroupScore, JudgeResult, JudgeVerdict, MetricJudgement, MetricSamples, SampleSummary, ShiftTest, SideSamples } from './judge-result.js';
export type { Classification } from './classify-metric.js';
export { judgeReports, type JudgeRuleReport } from './judge-reports.js';
export { mannWhitney, type MannWhitneyResult } from './mann-whitney.js';
