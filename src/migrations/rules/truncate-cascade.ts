import { defineMigrationRule } from '../migration-rule.js';
import { tableName } from '../migration-statement.js';

/** TRUNCATE … CASCADE empties every table whose foreign keys reach the named ones, tables the statement never names. */
export const truncateCascade = defineMigrationRule({
  meta: {
    id: 'truncate-cascade',
    category: 'migration',
    severity: 'warning',
    description: 'TRUNCATE … CASCADE: every table referencing the named ones (and those referencing them) is emptied too.',
    summary: 'TRUNCATE … CASCADE',
  },
  check(statement) {
    if (statement.kind !== 'TruncateStmt' || statement.node.behavior !== 'DROP_CASCADE') return [];
    const tables = ((statement.node.relations ?? []) as { RangeVar?: unknown }[]).map((item) => tableName(item.RangeVar));
    return [
      {
        message: `TRUNCATE ${tables.join(', ')} CASCADE: every table with a foreign key to ${tables.length > 1 ? 'them' : tables[0]}, and every table referencing those, is emptied too, without being named here.`,
        suggestion: 'Name every table to empty in the TRUNCATE and drop CASCADE: PostgreSQL then refuses if a table outside the list references them.',
        tables,
      },
    ];
  },
});
