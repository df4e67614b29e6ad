import type { JudgeResult, MetricSamples } from './judge-result.js';
import type { CanaryJudgeSettings } from './judge-settings.js';
/**
 * Judges the canary against the stable as Kayenta's NetflixACAJudge does: each configured metric classified, a
 * score per group, their weighted sum, and the pass / marginal thresholds. A metric with no samples in `inputs`
 * has no data.
 */
export declare function judgeCanary(inputs: readonly MetricSamples[], settings: CanaryJudgeSettings): JudgeResult;
