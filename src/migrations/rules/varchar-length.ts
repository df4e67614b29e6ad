import { columnDefinitions, columnText } from '../column-definitions.js';
import { defineMigrationRule } from '../migration-rule.js';

/**
 * varchar(n) puts the limit in the type: changing the limit later is an ALTER COLUMN … TYPE under ACCESS
 * EXCLUSIVE (lowering it rewrites the table), where a CHECK on a text column is replaced NOT VALID and validated
 * while reads and writes go on.
 */
export const varcharLength = defineMigrationRule({
  meta: {
    id: 'varchar-length',
    category: 'migration',
    severity: 'notice',
    description: 'A varchar(n) column: changing the limit later takes ACCESS EXCLUSIVE on the table.',
    summary: 'a varchar(n) column (plain varchar and text are quiet)',
  },
  check(statement) {
    return columnDefinitions(statement)
      .filter((column) => column.type === 'varchar' && column.typmods > 0)
      .map((column) => ({
        message: `${columnText(column)} is varchar(n): changing the limit later takes ACCESS EXCLUSIVE on ${column.table} (lowering it rewrites the table).`,
        suggestion: 'Use text with a CHECK (char_length(column) <= n): a new limit is added NOT VALID and validated while reads and writes go on.',
        tables: [column.table],
      }));
  },
});
