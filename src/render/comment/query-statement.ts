import type { Finding } from '../../core/finding.js';
import { escapeHtml, fencedCode } from '../markdown-inline.js';

/** Characters of a statement's first line shown in its <summary>; the whole statement is in the block below it. */
const FIRST_LINE_LIMIT = 80;

/**
 * The statement a query finding is about, as the queries analyzer records it (`data.statement`; its sqlc name in
 * `data.statementName`, else its kind in `data.statementKind`): its name and first line as a <summary>, the whole as a SQL block inside. Undefined for a
 * finding that carries no statement.
 */
export function queryStatementBlock(finding: Finding): string | undefined {
  // Only the query audit's `statement` is SQL: a migration finding's is the statement's parse-node kind (`IndexStmt`).
  if (finding.analyzer !== 'queries') return undefined;
  const sql = finding.data?.statement;
  if (typeof sql !== 'string' || sql.trim() === '') return undefined;
  // sqlc's name for it (`-- name: GetOrders :many`) when it has one: the function the reader will look for.
  const name = finding.data?.statementName ?? finding.data?.statementKind;
  const kind = typeof name === 'string' && name !== '' ? name : 'Statement';
  const firstLine = sql.trim().split(/\r?\n/)[0].trim();
  const shown = firstLine.length > FIRST_LINE_LIMIT ? `${firstLine.slice(0, FIRST_LINE_LIMIT)}…` : firstLine;
  return `<details><summary>${escapeHtml(kind)}: ${escapeHtml(shown)}</summary>\n\n${fencedCode(sql, 'sql')}\n\n</details>`;
}
