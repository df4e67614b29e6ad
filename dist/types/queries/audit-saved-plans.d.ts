import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import type { MissingFeature } from './judge-plans.js';
export interface SavedPlansAudit {
    findings: Finding[];
    plans: number;
    notRun: MissingFeature[];
}
/** The `plan` setting: every saved EXPLAIN file it names, read and judged without a database. */
export declare function auditSavedPlans(root: string, entries: readonly string[], rulesFor: (file: string) => RuleSettings, log?: (line: string) => void): SavedPlansAudit;
