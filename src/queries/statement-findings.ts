import { createHash } from 'node:crypto';
import type { Finding, Location } from '../core/finding.js';
import { severityFor, type RuleSettings } from '../core/rules/settings.js';
import { sqlError } from './rules/statement/sql-error.js';
import { statementNotAudited } from './rules/statement/statement-not-audited.js';
import type { SqlStatement } from '../postgres/sql/sql-statement.js';

type StatementRule = typeof sqlError | typeof statementNotAudited;

/** Why a statement was not explained, as the finding's `data.reason` says it (stable for filters and tests). */
export type NotAuditedReason = 'applied-as-schema' | 'schema-on-server' | 'not-explainable' | 'parameters' | 'unsafe-function' | 'template';

/** A statement the database or the parser refused: an error finding on its lines, the others go on. */
export function sqlErrorFinding(where: StatementPlace, message: string, data: Record<string, unknown>, rules: RuleSettings): Finding | undefined {
  return statementFinding(sqlError, where, message, data, rules);
}

/** A statement that was not explained, with the reason in the message and in `data.reason`. */
export function notAuditedFinding(where: StatementPlace, reason: NotAuditedReason, message: string, data: Record<string, unknown>, rules: RuleSettings): Finding | undefined {
  return statementFinding(statementNotAudited, where, message, { reason, ...data }, rules);
}

/**
 * A stretch that does not parse because it is a template the application fills in (sql/template-placeholder.ts):
 * not SQL yet, so a notice that it was not audited rather than a syntax error that fails the gate.
 */
export function templateFinding(where: StatementPlace, placeholder: string, rules: RuleSettings): Finding | undefined {
  const message =
    `Not audited: it holds the template placeholder ${placeholder}, which the application fills in before the SQL runs, ` +
    'so PostgreSQL cannot parse it as written. Audit a rendered copy of the query, or exclude the file.';
  return notAuditedFinding(where, 'template', message, { placeholder }, rules);
}

/** A statement, or a place in a file that could not be split into statements (a parse error). */
export type StatementPlace = Pick<SqlStatement, 'file' | 'startLine' | 'endLine' | 'sql' | 'name' | 'written'> & { column?: number };

function statementFinding(rule: StatementRule, where: StatementPlace, message: string, data: Record<string, unknown>, rules: RuleSettings): Finding | undefined {
  const severity = severityFor(rule.meta, rules[rule.meta.id]?.severity);
  if (!severity) return undefined;
  const text = where.written ?? where.sql;
  const lastLine = text.split('\n').at(-1) ?? '';
  const place: Location = { file: where.file, line: where.startLine, column: where.column ?? 1, endLine: where.endLine, endColumn: where.column ?? lastLine.length + 1 };
  return withStatementName(where, {
    analyzer: 'queries',
    rule: rule.meta.id,
    category: rule.meta.category,
    severity,
    message,
    ...place,
    // The file and the statement's text, never the line: moving the statement keeps a known finding known.
    fingerprint: createHash('sha256').update(`${rule.meta.id}\0${where.file}\0${text.replace(/\s+/g, ' ').trim()}\0${String(data.reason ?? '')}`).digest('hex').slice(0, 32),
    data,
  });
}

/**
 * sqlc's `-- name: GetAuthor :one` names the statement in the application's code: every finding on it says that
 * name first and carries it in `data.statementName`, so the reader knows which function to look at.
 */
export function withStatementName(statement: Pick<SqlStatement, 'name'>, finding: Finding): Finding {
  if (!statement.name) return finding;
  return { ...finding, message: `${statement.name}: ${finding.message}`, data: { ...finding.data, statementName: statement.name } };
}
