import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../core/finding.js';
import type { SqlStatement } from '../../postgres/sql/sql-statement.js';

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
export function adviceFinding(statement: SqlStatement, report: AdviceReport): Finding {
  const lastLine = (statement.written ?? statement.sql).split('\n').at(-1) ?? '';
  return {
    analyzer: 'queries',
    rule: 'missing-index',
    category: 'performance',
    severity: report.severity,
    message: report.message,
    file: statement.file,
    line: statement.startLine,
    column: 1,
    endLine: statement.endLine,
    endColumn: lastLine.length + 1,
    ...(report.suggestion ? { suggestion: report.suggestion } : {}),
    fingerprint: createHash('sha256').update(`missing-index\0${statement.file}\0${report.subject}\0${report.outcome}`).digest('hex').slice(0, 32),
    // A kept suggestion is a statement to run: renderers show it as code, so it can be copied as it is.
    data: { outcome: report.outcome, ...report.data, ...((report.outcome === 'suggested' || report.outcome === 'not-verified') && report.suggestion ? { suggestionLanguage: 'sql' } : {}) },
  };
}
