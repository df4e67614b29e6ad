import type { RuleDescriptor } from '../render/sarif.js';
import { RULES } from './rules/index.js';

/**
 * The review's rules as the SARIF renderer describes them. Only rule metadata is read: the rule modules import
 * nothing but types from the engine, so this loads no parser.
 */
export function describeReviewRules(): RuleDescriptor[] {
  return RULES.map(({ meta }) => ({
    analyzer: 'review',
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    description: meta.description,
  }));
}
