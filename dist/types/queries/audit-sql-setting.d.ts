import type { Deps } from '../core/analyzer.js';
import type { Config } from '../core/config/config.js';
import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import type { MissingFeature } from './judge-plans.js';
import type { SqlAuditStats } from './queries-run-stats.js';
export interface SqlSettingAudit {
    findings: Finding[];
    plans: number;
    notRun: MissingFeature[];
    serverVersion: string;
    /** What the report says about the database and how the statements were explained. */
    stats: SqlAuditStats;
}
/**
 * The `queries` setting: every SQL file is read and checked before a database is opened, so a refused statement
 * costs no connection; the database is closed whatever happens once it is open.
 */
export declare function auditSqlSetting(config: Config, entries: readonly string[], rulesFor: (file: string) => RuleSettings, deps: Deps): Promise<SqlSettingAudit>;
