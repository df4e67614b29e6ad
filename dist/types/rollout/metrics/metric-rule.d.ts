import { type NoOptions, type Rule } from '../../core/rules/rule.js';
import type { ReleaseMeta, VerdictReport } from '../cluster/verdict-rule.js';
import type { MetricEvaluation } from './evaluate-template-metrics.js';
/** How a metric rule checks: a verdict on one template metric measured by the check itself. */
export interface MetricCheck {
    check(evaluation: MetricEvaluation): VerdictReport | undefined;
}
export type MetricRule<Id extends string = string> = Rule<MetricCheck, NoOptions, Id>;
export declare function defineMetricRule<Id extends string>(rule: {
    readonly meta: ReleaseMeta<Id>;
} & MetricCheck): MetricRule<Id>;
/** `successCondition 'result[0] < 0.05'` and/or `failureCondition '…'`, as the template wrote them. */
export declare function conditionsText(evaluation: MetricEvaluation): string;
