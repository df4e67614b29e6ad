import type { Finding } from '../../core/finding.js';
import type { RuleSetting } from '../../core/rules/settings.js';
import type { PlanDatabase } from '../db/plan-database.js';
import type { RawPlanDocument } from '../plan/read-plan-input.js';
import type { AuditableStatement } from '../sql/auditable-statement.js';
import type { PgParser } from '../sql/pg-parser.js';
import { type IndexAdviceStats } from './advice-stats.js';
import { type VerifyIndexesSetting } from './verification-mode.js';
import { type VerificationTimeouts } from './verify-index.js';
export interface IndexAdviceSettings extends VerificationTimeouts {
    parser: PgParser;
    verifyIndexes: VerifyIndexesSetting;
    /** The config's `rules.missing-index` for the statement's file (severity and options), if any. */
    rule?: RuleSetting;
}
export interface IndexAdvice {
    findings: Finding[];
    stats: IndexAdviceStats;
}
/**
 * Index advice for one audited statement, called after its plan: candidates come from the parse tree, only for
 * tables the plan reads badly; the catalog skips what is not worth it (with the reason, as a notice); each remaining
 * candidate costs one planner call, and is suggested only when the new plan uses the index and its cost falls by at
 * least `min-cost-reduction`. Nothing it does remains in the database.
 */
export declare function adviseIndexes(database: PlanDatabase, statement: AuditableStatement, plan: RawPlanDocument, settings: IndexAdviceSettings): Promise<IndexAdvice>;
