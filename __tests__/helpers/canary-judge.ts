import { judgeCanary } from '../../src/rollout/judge/judge-canary.js';
import { judgeReports } from '../../src/rollout/judge/judge-reports.js';
import type { MetricSamples } from '../../src/rollout/judge/judge-result.js';
import { readCanaryJudgeSettings, type CanaryJudgeSettings } from '../../src/rollout/judge/judge-settings.js';

/** The `canary-judge:` section as the config file would hold it, read as the rollout check reads it. */
export function judgeSettings(section: unknown): CanaryJudgeSettings {
  const settings = readCanaryJudgeSettings(section);
  if (!settings) throw new Error('no canary-judge section');
  return settings;
}

/** What the judge rules say about the samples, as `rule message` lines. */
export function judgeLines(settings: CanaryJudgeSettings, samples: MetricSamples[], subject?: string): string[] {
  return judgeReports(judgeCanary(samples, settings), subject).map(({ meta, report }) => `${meta.id} ${report.message}`);
}

/** A metric of the `canary-judge:` section, its canary and stable queries made up from its name. */
export const judgedMetric = (name: string, extra: Record<string, unknown> = {}) => ({ name, canary: `${name}{track="canary"}`, stable: `${name}{track="stable"}`, ...extra });

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);
/** The default warm-up: two samples at the start of each series, slow enough to change every number were they kept. */
export const warmedUp = (values: readonly number[]): number[] => [1000, 1000, ...values];
/** 11:20 against 1:10 (after the warm-up) is High: R gives estimate 10, 98% interval [6, 14]. */
export const higherCanary = (name: string): MetricSamples => ({ name, canary: warmedUp(range(11, 20)), stable: warmedUp(range(1, 10)) });
export const sameAsStable = (name: string): MetricSamples => ({ name, canary: warmedUp(range(1, 10)), stable: warmedUp(range(1, 10)) });
