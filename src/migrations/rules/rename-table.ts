import { defineMigrationRule } from '../migration-rule.js';
import { tableName } from '../migration-statement.js';

/** Renaming a table breaks every running query that names it the moment the migration commits. */
export const renameTable = defineMigrationRule({
  meta: {
    id: 'rename-table',
    category: 'migration',
    severity: 'warning',
    description: 'ALTER TABLE … RENAME TO: the application still running uses the old name and fails once it commits.',
    summary: 'RENAME of a table not created in the same change',
  },
  check(statement, state) {
    if (statement.kind !== 'RenameStmt' || statement.node.renameType !== 'OBJECT_TABLE' || state.isNewTable(statement.node.relation)) return [];
    const table = tableName(statement.node.relation);
    return [
      {
        message: `ALTER TABLE ${table} RENAME TO ${String(statement.node.newname)}: the version of the application still running queries ${table} and fails once this commits.`,
        suggestion: `Rename it and create a view named ${table} over the new name (simple views accept writes) until no running version uses the old name, then drop the view.`,
        tables: [table],
      },
    ];
  },
});
