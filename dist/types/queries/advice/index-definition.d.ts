import type { PgParser } from '../sql/pg-parser.js';
import type { ConstantEquality, IndexKey } from './index-candidate.js';
/** A suggested index, resolved against the catalog: the table's real schema and name. */
export interface IndexDefinition {
    schema: string;
    table: string;
    keys: IndexKey[];
    /** The rare literal the index is restricted to, as `WHERE column = literal`. */
    partial?: ConstantEquality;
}
/** `idx_orders_customer_id_created_at`, `idx_customers_lower_email`, `idx_orders_created_at_partial`: at most 63 bytes. */
export declare function indexName(definition: IndexDefinition): string;
/**
 * The CREATE INDEX statement for a definition. The suggestion uses CONCURRENTLY, which does not block writes on a
 * live table; verification cannot (CONCURRENTLY refuses to run inside a transaction) and builds it plainly, then
 * rolls back. The text is parsed again so that whatever a name holds, it is one CREATE INDEX and nothing else.
 */
export declare function createIndexSql(parser: PgParser, definition: IndexDefinition, options: {
    concurrently: boolean;
    name?: string;
}): string;
