import type { CanaryJudgeSettings, MetricSamples } from '../judge/index.js';
import type { PrometheusClient } from './prometheus-client.js';
import { fillRolloutPlaceholders } from './rollout-placeholders.js';
import type { WaitedRollout } from './waited-rollout.js';

/**
 * The canary and stable samples of each judged metric: one range query per side over the lookback window that ends
 * when the wait ended, at the configured step, with `{{rollout.…}}` filled from the waited Rollout. Every point of
 * every returned series counts as a sample (a query not aggregated to one series still compares like with like on
 * both sides), but the first `warm-up` points of each series, the window's first intervals, are left out by the judge. A side with no series, or whose query needs a value the Rollout lacks (and so is not sent), has no
 * samples, which the judge classifies as no data.
 */
export async function judgeSamples(settings: CanaryJudgeSettings, prometheus: PrometheusClient, waited: WaitedRollout, end: Date): Promise<MetricSamples[]> {
  const window = { start: new Date(end.getTime() - settings.lookbackMs), end, stepSeconds: settings.stepMs / 1000 };
  const side = async (query: string): Promise<number[][]> => {
    const filled = fillRolloutPlaceholders(query, waited);
    return filled === undefined ? [] : seriesValues(await prometheus.queryRange(filled, window));
  };
  const samples: MetricSamples[] = [];
  for (const metric of settings.metrics) {
    const [canary, stable] = await Promise.all([side(metric.canary), side(metric.stable)]);
    samples.push({ name: metric.name, canary, stable });
  }
  return samples;
}

/** Each series' values in time order, so the judge can leave out the first (warm-up) ones of each. */
function seriesValues(series: Awaited<ReturnType<PrometheusClient['queryRange']>>): number[][] {
  return series.map((entry) => entry.points.map((point) => point.value));
}
