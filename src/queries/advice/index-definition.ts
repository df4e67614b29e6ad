import { createHash } from 'node:crypto';
import type { PgParser } from '../../postgres/sql/pg-parser.js';
import type { ConstantEquality, IndexKey } from './index-candidate.js';
import { literalSql, quoteIdentifier } from './sql-text.js';

/** PostgreSQL truncates longer names (NAMEDATALEN - 1), which would make two suggestions collide silently. */
const MAX_NAME_BYTES = 63;

/** A suggested index, resolved against the catalog: the table's real schema and name. */
export interface IndexDefinition {
  schema: string;
  table: string;
  keys: IndexKey[];
  /** The rare literal the index is restricted to, as `WHERE column = literal`. */
  partial?: ConstantEquality;
  /** `gin` for containment and trigram patterns; absent for a btree. */
  method?: 'gin';
  /** The key's operator class, e.g. `gin_trgm_ops` (pg_trgm). */
  opclass?: string;
}

/** `idx_orders_customer_id_created_at`, `idx_customers_lower_email`, `idx_orders_created_at_partial`: at most 63 bytes. */
export function indexName(definition: IndexDefinition): string {
  const parts = ['idx', definition.table, ...definition.keys.map((key) => (key.wrappedIn ? `${key.wrappedIn}_${key.column}` : key.column))];
  if (definition.partial) parts.push('partial');
  if (definition.method) parts.push(definition.opclass === 'gin_trgm_ops' ? 'trgm' : definition.method);
  const name = parts.join('_').toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/_+/g, '_');
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  // Cut and add a digest of the full name, so two long names that share a prefix stay distinct.
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, MAX_NAME_BYTES - digest.length - 1)}_${digest}`;
}

/**
 * The CREATE INDEX statement for a definition. The suggestion uses CONCURRENTLY, which does not block writes on a
 * live table; verification cannot (CONCURRENTLY refuses to run inside a transaction) and builds it plainly, then
 * rolls back. The text is parsed again so that whatever a name holds, it is one CREATE INDEX and nothing else.
 */
export function createIndexSql(parser: PgParser, definition: IndexDefinition, options: { concurrently: boolean; name?: string }): string {
  const quote = (name: string) => quoteIdentifier(parser, name);
  const table = definition.schema === 'public' ? quote(definition.table) : `${quote(definition.schema)}.${quote(definition.table)}`;
  const keys = definition.keys.map((key) => keySql(quote, key) + (definition.opclass ? ` ${quote(definition.opclass)}` : '')).join(', ');
  const using = definition.method ? ` USING ${definition.method}` : '';
  const where = definition.partial ? ` WHERE ${partialPredicateSql(quote, definition.partial)}` : '';
  const text = `CREATE INDEX ${options.concurrently ? 'CONCURRENTLY ' : ''}${quote(options.name ?? indexName(definition))} ON ${table}${using} (${keys})${where}`;
  const statements = parser.parse(text).stmts ?? [];
  if (statements.length !== 1 || !statements[0].stmt || !('IndexStmt' in statements[0].stmt)) {
    throw new Error(`Built an index definition that is not one CREATE INDEX: ${text}`);
  }
  return text;
}

function keySql(quote: (name: string) => string, key: IndexKey): string {
  const column = quote(key.column);
  const expression = key.wrappedIn ? `${quote(key.wrappedIn)}(${column})` : column;
  return key.descending ? `${expression} DESC` : expression;
}

function partialPredicateSql(quote: (name: string) => string, partial: ConstantEquality): string {
  const target = keySql(quote, { ...partial.key, descending: false });
  const [first] = partial.values;
  if (partial.values.length === 1 && first.kind === 'null') return `${target} IS NULL`;
  if (partial.values.length === 1) return `${target} = ${literalSql(first)}`;
  return `${target} IN (${partial.values.map(literalSql).join(', ')})`;
}
