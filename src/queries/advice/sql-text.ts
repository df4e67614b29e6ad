import type { PgParser } from '../../postgres/sql/pg-parser.js';
import type { ConstantValue } from './index-candidate.js';

/** Keyword classes that may stand unquoted as a name, as PostgreSQL's own quote_ident() decides. */
const UNQUOTED_KEYWORD_KINDS = new Set(['NO_KEYWORD', 'UNRESERVED_KEYWORD']);

/**
 * A name as SQL must write it: bare when it is lower-case letters, digits and `_` and not a reserved word, else in
 * double quotes (a mixed-case or reserved name would otherwise change meaning or fail to parse).
 */
export function quoteIdentifier(parser: Pick<PgParser, 'scan'>, name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name)) {
    const tokens = parser.scan(name).tokens ?? [];
    const kind = tokens.length === 1 ? (tokens[0] as { keywordName?: string }).keywordName ?? 'NO_KEYWORD' : 'NO_KEYWORD';
    if (UNQUOTED_KEYWORD_KINDS.has(kind)) return name;
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/** A literal of the query written back as SQL, for a partial index's WHERE. */
export function literalSql(value: ConstantValue): string {
  switch (value.kind) {
    case 'string':
      return `'${value.value.replaceAll("'", "''")}'`;
    case 'number':
      return value.value;
    case 'boolean':
      return value.value ? 'true' : 'false';
    case 'null':
      return 'NULL';
  }
}
