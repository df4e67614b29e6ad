import type { Node } from 'libpg-query';
import { UsageError } from '../../core/config/usage-error.js';
import type { AuditableStatement } from './auditable-statement.js';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { nodeEntry } from './statement-refusal.js';
import { statementLocation } from '../../postgres/sql/sql-statement.js';
import { withoutLocations } from './walk-parse-tree.js';

/**
 * The statement inside `EXPLAIN (options) …`. The finished text is parsed again and must be one ExplainStmt whose
 * query is the audited statement, node for node: whatever the statement's text holds (a stray `;`, an unclosed
 * comment), nothing else can reach the server beside it.
 */
export function safeExplain(parser: PgParser, statement: AuditableStatement, options: readonly string[]): string {
  const text = `EXPLAIN (${options.join(', ')}) ${statement.sql}`;
  requireWrapper(parser, statement, text, 'ExplainStmt', (fields) => sameTree(fields.query, statement.node));
  return text;
}

/** `PREPARE name AS …`, checked the same way: one PrepareStmt of that name holding the audited statement. */
export function safePrepare(parser: PgParser, statement: AuditableStatement, name: string): string {
  const text = `PREPARE ${name} AS ${statement.sql}`;
  requireWrapper(parser, statement, text, 'PrepareStmt', (fields) => fields.name === name && sameTree(fields.query, statement.node));
  return text;
}

/**
 * `EXPLAIN (options) EXECUTE name(NULL, …)`: plans the prepared statement with one NULL per parameter, or with the
 * given values as string literals (PostgreSQL casts each to its parameter's type). Only the EXPLAIN form is ever
 * built: a bare EXECUTE would run the statement. A value comes from the database's own rows or the config, so it
 * is quoted (standard strings: a quote doubled) and the re-parse must find exactly one constant per parameter.
 */
export function safeExplainExecute(parser: PgParser, statement: AuditableStatement, options: readonly string[], name: string, values?: readonly string[]): string {
  const params = values ? values.map((value) => `'${value.replaceAll("'", "''")}'`) : Array.from({ length: statement.parameterCount }, () => 'NULL');
  const text = `EXPLAIN (${options.join(', ')}) EXECUTE ${name}(${params.join(', ')})`;
  requireWrapper(parser, statement, text, 'ExplainStmt', (fields) => {
    const execute = (fields.query as Record<string, Record<string, unknown>> | undefined)?.ExecuteStmt;
    return (
      execute?.name === name &&
      Array.isArray(execute.params) &&
      execute.params.length === statement.parameterCount &&
      execute.params.every((param, index) => isConstant(param, values?.[index]))
    );
  });
  return text;
}

/** NULL for no value, else a string constant holding exactly the value. */
function isConstant(param: unknown, value: string | undefined): boolean {
  const constant = (param as { A_Const?: { isnull?: boolean; sval?: { sval?: string } } } | undefined)?.A_Const;
  if (!constant) return false;
  return value === undefined ? constant.isnull === true : (constant.sval?.sval ?? '') === value;
}

function requireWrapper(
  parser: PgParser,
  statement: AuditableStatement,
  text: string,
  wrapperType: string,
  wraps: (fields: Record<string, unknown>) => boolean,
): void {
  const nodes = parsedStatements(parser, text);
  const [type, fields] = nodes?.length === 1 ? nodeEntry(nodes[0]) : ['', {}];
  if (type === wrapperType && wraps(fields)) return;
  const found = nodes === undefined ? 'it does not parse' : `it parses as ${nodes.map((node) => nodeEntry(node)[0]).join(' + ') || 'nothing'}`;
  throw new UsageError(
    `${statementLocation(statement)}: refusing to send ${JSON.stringify(text)}: expected one ${wrapperType} around the audited statement, but ${found}. Rewrite the statement as one plain query.`,
  );
}

function parsedStatements(parser: PgParser, text: string): Node[] | undefined {
  try {
    return (parser.parse(text).stmts ?? []).flatMap((raw) => (raw.stmt ? [raw.stmt] : []));
  } catch {
    return undefined;
  }
}

function sameTree(a: unknown, b: Node): boolean {
  return JSON.stringify(withoutLocations(a)) === JSON.stringify(withoutLocations(b));
}
