import type { RuleDescriptor } from '../core/rules/rule.js';
/** One row per rule: its docs page (under `docsBase`), category, default severity and what it reports. */
export declare function ruleTable(rules: readonly RuleDescriptor[], docsBase: string): string;
/**
 * `text` with every marked table written afresh from `catalog`. A marker selects by `analyzer=` and optionally
 * `family=`; one that selects no rule is an error, so a renamed family cannot leave an empty table behind.
 */
export declare function withRuleTables(text: string, catalog: readonly RuleDescriptor[], docsBase: string): string;
/** docs/rules.md: every rule of every analyzer, by analyzer and family, in the catalog's order. */
export declare function rulesIndex(catalog: readonly RuleDescriptor[]): string;
