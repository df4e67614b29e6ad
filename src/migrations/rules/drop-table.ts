import { defineMigrationRule } from '../migration-rule.js';
import { tableName } from '../migration-statement.js';

/** Dropping a table loses its data and breaks whatever still uses it. */
export const dropTable = defineMigrationRule({
  meta: {
    id: 'drop-table',
    category: 'migration',
    severity: 'warning',
    description: 'DROP TABLE of a table not created in the same change: its data is gone and the running application may still use it.',
    summary: 'DROP TABLE of a table not created in the same change',
  },
  check(statement, state) {
    if (statement.kind !== 'DropStmt' || statement.node.removeType !== 'OBJECT_TABLE') return [];
    const objects = (statement.node.objects ?? []) as { List?: { items?: { String?: { sval?: string } }[] } }[];
    const tables = objects
      .map((object) => (object.List?.items ?? []).map((item) => item.String?.sval ?? ''))
      .map((parts) => ({ relname: parts.at(-1), schemaname: parts.length > 1 ? parts[0] : undefined }))
      .filter((relation) => !state.isNewTable(relation))
      .map((relation) => tableName(relation));
    if (tables.length === 0) return [];
    return [
      {
        message: `DROP TABLE ${tables.join(', ')}: ACCESS EXCLUSIVE, the data is gone, and the version of the application still running fails if it uses ${tables.length === 1 ? 'it' : 'them'}.`,
        suggestion: 'Stop using the table in a release first; drop it in a later one, after a backup (or rename it aside and drop it once nothing complained).',
        tables,
      },
    ];
  },
});
