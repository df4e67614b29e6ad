import { defineMigrationRule } from '../migration-rule.js';
import { tableName } from '../migration-statement.js';

/** Renaming a column breaks every running query that names it the moment the migration commits. */
export const renameColumn = defineMigrationRule({
  meta: {
    id: 'rename-column',
    category: 'migration',
    severity: 'warning',
    description: 'ALTER TABLE … RENAME COLUMN: the application still running uses the old name and fails once it commits.',
    summary: 'RENAME COLUMN on a table not created in the same change',
  },
  check(statement, state) {
    if (statement.kind !== 'RenameStmt' || statement.node.renameType !== 'OBJECT_COLUMN' || state.isNewTable(statement.node.relation)) return [];
    const table = tableName(statement.node.relation);
    return [
      {
        message: `ALTER TABLE ${table} RENAME COLUMN ${String(statement.node.subname)} TO ${String(statement.node.newname)}: the version of the application still running queries ${String(statement.node.subname)} and fails once this commits.`,
        suggestion: 'Add the new column, write both, backfill, move reads to the new one, and drop the old column in a later release (or use a view that keeps the old name during the rollout).',
        tables: [table],
      },
    ];
  },
});
