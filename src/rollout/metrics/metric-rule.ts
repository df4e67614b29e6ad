import type { VerdictReport, VerdictRuleMeta } from '../cluster/verdict-rule.js';
import type { MetricEvaluation } from './evaluate-template-metrics.js';

/** A verdict on one template metric measured by the check itself. */
export interface MetricRule {
  meta: VerdictRuleMeta;
  check(evaluation: MetricEvaluation): VerdictReport | undefined;
}
