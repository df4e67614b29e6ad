import type { Finding, Severity } from '../../core/finding.js';
import type { SqlStatement } from '../sql/sql-statement.js';
export type AdviceOutcome = 'suggested' | 'skipped' | 'rejected' | 'not-verified';
export interface AdviceReport {
    outcome: AdviceOutcome;
    severity: Severity;
    /** `orders (customer_id, created_at DESC)`: the fingerprint's anchor, stable when the statement moves. */
    subject: string;
    message: string;
    suggestion?: string;
    data: Record<string, unknown>;
}
/**
 * A missing-index finding at the statement (its first and last line). The fingerprint comes from the file, the
 * table and columns and the outcome, never the line: an accepted notice does not hide a later real suggestion, and
 * moving the statement keeps a known finding known.
 */
export declare function adviceFinding(statement: SqlStatement, report: AdviceReport): Finding;
