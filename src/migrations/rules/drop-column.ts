import { defineMigrationRule } from '../migration-rule.js';
import { alterCommands, alteredTable, tableName } from '../migration-statement.js';

/** Dropping a column breaks the version of the application still running, which reads and writes it. */
export const dropColumn = defineMigrationRule({
  meta: {
    id: 'drop-column',
    category: 'migration',
    severity: 'warning',
    description: 'ALTER TABLE … DROP COLUMN: the application still running may read or write it, and its data is gone.',
    summary: 'DROP COLUMN on a table not created in the same change',
  },
  check(statement, state) {
    const relation = alteredTable(statement);
    if (relation === undefined || state.isNewTable(relation)) return [];
    const table = tableName(relation);
    return alterCommands(statement).flatMap((command) =>
      command.subtype === 'AT_DropColumn'
        ? [
            {
              message: `ALTER TABLE ${table} DROP COLUMN ${command.name ?? ''}: ACCESS EXCLUSIVE on ${table} (brief, no rewrite), and the version of the application still running fails if it names the column.`,
              suggestion: 'Stop reading and writing the column in a release first (for ORMs: ignore it in the model), then drop it in a later one.',
              tables: [table],
            },
          ]
        : [],
    );
  },
});
