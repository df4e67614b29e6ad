import { describeMetric, failingMetrics } from '../../judge/describe-metric.js';
import { formatNumber } from '../../judge/format-number.js';
import { defineJudgeRule, judgeName } from '../../judge/judge-rule.js';

/** The judge's Marginal: Kayenta leaves this one to a person (Argo's Kayenta provider makes it Inconclusive). */
export const canaryJudgeMarginal = defineJudgeRule({
  meta: {
    id: 'canary-judge-marginal',
    category: 'release',
    severity: 'warning',
    description: 'The canary judge scored the canary below the pass score but not below the marginal score.',
    summary: 'the canary judge scored the canary below the pass score but not below the marginal score',
  },
  check(result, context) {
    if (result.verdict !== 'marginal') return undefined;
    const failing = failingMetrics(result.metrics);
    return {
      message: `${judgeName(context)} is marginal: score ${formatNumber(result.score)} is below the pass score ${formatNumber(result.passScore)} but not below the marginal score ${formatNumber(result.marginalScore)}; ${failing.length} of ${result.metrics.length} metrics failed: ${failing.map(describeMetric).join('; ')}.`,
      suggestion: 'Decide before promoting: look at the failing metrics, and promote only if their difference is acceptable. A longer lookback gives the test more samples.',
    };
  },
});
