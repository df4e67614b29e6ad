import type { CanaryJudgeSettings, MetricSamples } from '../judge/index.js';
import type { PrometheusClient } from './prometheus-client.js';
import type { WaitedRollout } from './waited-rollout.js';
/**
 * The canary and stable samples of each judged metric: one range query per side over the lookback window that ends
 * when the wait ended, at the configured step, with `{{rollout.…}}` filled from the waited Rollout. Every point of
 * every returned series counts as a sample (a query not aggregated to one series still compares like with like on
 * both sides). A side with no series, or whose query needs a value the Rollout lacks (and so is not sent), has no
 * samples, which the judge classifies as no data.
 */
export declare function judgeSamples(settings: CanaryJudgeSettings, prometheus: PrometheusClient, waited: WaitedRollout, end: Date): Promise<MetricSamples[]>;
