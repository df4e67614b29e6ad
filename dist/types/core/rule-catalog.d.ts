import type { RuleDescriptor } from '../render/sarif.js';
import type { AnalyzerName, Category, Severity } from './finding.js';
/** What the config schema, SARIF and the docs know of a rule, whichever analyzer owns it. */
export interface CatalogRule {
    analyzer: AnalyzerName;
    id: string;
    category: Category;
    severity: Severity;
    description: string;
    /** Option name (kebab-case, as in the config file) → its JSON Schema. */
    options?: Record<string, Record<string, unknown>>;
}
/**
 * Every rule of every analyzer, metadata only: importing this loads no parser, database or cluster client. An
 * analyzer's rule list is added here when the analyzer lands; the registry test then demands its docs pages.
 */
export declare const RULE_CATALOG: readonly CatalogRule[];
/** The rules as the SARIF renderer describes them. */
export declare function describeRules(): RuleDescriptor[];
