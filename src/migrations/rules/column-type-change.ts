import { defineMigrationRule } from '../migration-rule.js';
import { alterCommands, alteredTable, nameParts, tableName } from '../migration-statement.js';
import { LOCK_TIMEOUT_ADVICE, lockText } from '../lock-modes.js';

/** The parser's internal names of built-in types, back to the names migrations write. */
const SQL_NAMES: Record<string, string> = { int2: 'smallint', int4: 'integer', int8: 'bigint', float4: 'real', float8: 'double precision', bool: 'boolean', bpchar: 'char' };

/**
 * ALTER COLUMN … TYPE holds ACCESS EXCLUSIVE and, for most changes, rewrites the table and its indexes. Some changes
 * are binary-compatible (varchar(n) widened, varchar → text) and skip the rewrite, but still take the lock; read
 * from the SQL alone the rule cannot tell them apart from the old type, so the message says "may".
 */
export const columnTypeChange = defineMigrationRule({
  meta: {
    id: 'column-type-change',
    category: 'migration',
    severity: 'warning',
    description: "ALTER COLUMN … TYPE on a table that holds data: ACCESS EXCLUSIVE, and most type changes rewrite the table and its indexes.",
    summary: 'ALTER COLUMN … TYPE (quiet on a table created in the same change)',
  },
  check(statement, state) {
    const relation = alteredTable(statement);
    if (relation === undefined || state.isNewTable(relation)) return [];
    const table = tableName(relation);
    return alterCommands(statement).flatMap((command) => {
      if (command.subtype !== 'AT_AlterColumnType') return [];
      const names = nameParts((command.def?.ColumnDef as { typeName?: { names?: unknown } } | undefined)?.typeName?.names);
      const type = names[0] === 'pg_catalog' ? (SQL_NAMES[names[1]] ?? names[1]) : names.join('.');
      return [
        {
          message: `ALTER TABLE ${table} ALTER COLUMN ${command.name ?? ''} TYPE ${type}: ${lockText('ACCESS EXCLUSIVE', table)}; the table and its indexes are rewritten unless the old type converts without it (e.g. varchar(n) widened).`,
          suggestion: `Expand and contract: add a column of the new type, write both from the application, backfill in batches, switch reads, then drop the old column. ${LOCK_TIMEOUT_ADVICE}`,
          tables: [table],
        },
      ];
    });
  },
});
