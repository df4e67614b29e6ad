import { defineMigrationRule } from '../migration-rule.js';

/** A migration that drops a database removes everything in it. */
export const dropDatabase = defineMigrationRule({
  meta: {
    id: 'drop-database',
    category: 'migration',
    severity: 'error',
    description: 'DROP DATABASE in a migration: every table in it is gone.',
    summary: 'DROP DATABASE',
  },
  check(statement) {
    if (statement.kind !== 'DropdbStmt') return [];
    return [
      {
        message: `DROP DATABASE ${String(statement.node.dbname)}: every table and row in it is gone, wherever the migration runs.`,
        suggestion: 'Drop databases by hand, after a backup, not in a migration that every environment applies.',
      },
    ];
  },
});
