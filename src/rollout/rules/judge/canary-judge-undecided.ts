import { describeMetric } from '../../judge/describe-metric.js';
import { formatNumber } from '../../judge/format-number.js';
import { defineJudgeRule, judgeName } from '../../judge/judge-rule.js';

/**
 * Not Kayenta's: metrics with too few samples (after warm-up, NaN and outliers) could have made the canary pass or
 * fail, so the judge says it cannot tell instead of guessing either way.
 */
export const canaryJudgeUndecided = defineJudgeRule({
  meta: {
    id: 'canary-judge-undecided',
    category: 'release',
    severity: 'warning',
    description: 'The canary judge could not decide: metrics with too few samples could have made the canary pass or fail.',
    summary: 'the canary judge could not decide: metrics with too few samples could have made the canary pass or fail',
  },
  check(result, context) {
    if (result.verdict !== 'undecided') return undefined;
    const undecided = result.metrics.filter((metric) => metric.classification === 'Undecided');
    const [worst, best] = result.undecidedScores ?? [result.score, result.score];
    return {
      message: `${judgeName(context)} is undecided: ${undecided.length} of ${result.metrics.length} metrics had too few samples (${undecided.map(describeMetric).join('; ')}); depending on them the score is between ${formatNumber(worst)} and ${formatNumber(best)} (marginal ${formatNumber(result.marginalScore)}, pass ${formatNumber(result.passScore)}).`,
      suggestion: 'Give the judge more samples: a longer lookback (or a shorter step) once the warm-up is over, or a step that lasts longer before the wait ends. Decide by hand this time.',
    };
  },
});
