import { defineRuleWithoutOptions, type NoOptions, type Rule, type RuleMeta } from '../../core/rules/rule.js';
import type { VerdictReport } from '../cluster/verdict-rule.js';
import type { DryRunMetric } from './dry-run-template.js';

/** How a dry-run rule checks: a verdict on one template metric run against the stable version before the merge. */
export interface DryRunCheck {
  check(result: DryRunMetric): VerdictReport | undefined;
}

export type DryRunRule<Id extends string = string> = Rule<DryRunCheck, NoOptions, Id>;

export function defineDryRunRule<Id extends string>(rule: { readonly meta: RuleMeta<Id> & { readonly category: 'configuration' } } & DryRunCheck): DryRunRule<Id> {
  return defineRuleWithoutOptions(rule);
}
