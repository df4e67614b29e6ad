import { defineMigrationRule } from '../migration-rule.js';
import { alterCommands, alteredTable, tableName } from '../migration-statement.js';

/** DROP NOT NULL lets NULL into a column the running code (and triggers, functions, reports) assume never holds one. */
export const dropNotNull = defineMigrationRule({
  meta: {
    id: 'drop-not-null',
    category: 'migration',
    severity: 'warning',
    description: 'ALTER COLUMN … DROP NOT NULL on a table that holds data: code that reads the column may not expect NULL.',
    summary: 'ALTER COLUMN … DROP NOT NULL on a table not created in the same change',
  },
  check(statement, state) {
    const relation = alteredTable(statement);
    if (relation === undefined || state.isNewTable(relation)) return [];
    const table = tableName(relation);
    return alterCommands(statement)
      .filter((command) => command.subtype === 'AT_DropNotNull')
      .map((command) => ({
        message: `ALTER TABLE ${table} ALTER COLUMN ${command.name ?? ''} DROP NOT NULL: code, triggers and reports that read ${table}.${command.name ?? ''} were written for a column that never holds NULL.`,
        suggestion: 'Check every reader of the column handles NULL before this ships; or keep NOT NULL and write a marker value.',
        tables: [table],
      }));
  },
});
