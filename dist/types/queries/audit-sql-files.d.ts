import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import { type IndexAdviceStats } from './advice/advice-stats.js';
import type { VerifyIndexesSetting } from './advice/verification-mode.js';
import type { PlanDatabase } from './db/plan-database.js';
import { type MissingFeature } from './judge-plans.js';
import type { AuditableStatement } from './sql/auditable-statement.js';
import type { PgParser } from './sql/pg-parser.js';
export interface SqlAuditSettings {
    analyze: boolean;
    statementTimeoutMs: number;
    lockTimeoutMs: number;
    /** How index advice checks its candidates with the planner (docs/rules/missing-index.md). */
    verifyIndexes: VerifyIndexesSetting;
}
export interface SqlAudit {
    findings: Finding[];
    plans: number;
    /** `file:line` of each statement that got a generic plan (it has `$n` parameters): estimates only. */
    estimateOnly: string[];
    notRun: MissingFeature[];
    indexAdvice: IndexAdviceStats;
}
/**
 * Explains each statement on the database, one transaction each (always rolled back), and judges its plan with the
 * plan rules, then gives index advice for it. Findings point at the statement: its first line to its last, with the plan node's path in `data`.
 * The first statement the server refuses stops the audit: its error names the statement and the server's message.
 */
export declare function auditSqlStatements(database: PlanDatabase, parser: PgParser, statements: readonly AuditableStatement[], settings: SqlAuditSettings, rulesFor: (file: string) => RuleSettings, log?: (line: string) => void): Promise<SqlAudit>;
