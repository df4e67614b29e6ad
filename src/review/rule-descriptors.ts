import { describeRules } from '../core/rule-catalog.js';
import type { RuleDescriptor } from '../render/sarif.js';
import { RULES_BY_ID } from './meta.js';

/** The review's own rules as the SARIF renderer describes them (the catalog describes every analyzer's). */
export function describeReviewRules(): RuleDescriptor[] {
  return describeRules().filter((rule) => rule.analyzer === 'review' && RULES_BY_ID.has(rule.id));
}
