import { defineRuleWithoutOptions, type NoOptions, type Rule } from '../../core/rules/rule.js';
import type { ReleaseMeta, VerdictReport } from '../cluster/verdict-rule.js';
import type { MetricEvaluation } from './evaluate-template-metrics.js';

/** How a metric rule checks: a verdict on one template metric measured by the check itself. */
export interface MetricCheck {
  check(evaluation: MetricEvaluation): VerdictReport | undefined;
}

export type MetricRule<Id extends string = string> = Rule<MetricCheck, NoOptions, Id>;

export function defineMetricRule<Id extends string>(rule: { readonly meta: ReleaseMeta<Id> } & MetricCheck): MetricRule<Id> {
  return defineRuleWithoutOptions(rule);
}

/** `successCondition 'result[0] < 0.05'` and/or `failureCondition '…'`, as the template wrote them. */
export function conditionsText(evaluation: MetricEvaluation): string {
  const parts = [
    evaluation.successCondition ? `successCondition '${evaluation.successCondition}'` : undefined,
    evaluation.failureCondition ? `failureCondition '${evaluation.failureCondition}'` : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' and ') : 'no condition';
}
