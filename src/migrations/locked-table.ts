import { alteredTable, tableName, type MigrationStatement } from './migration-statement.js';

/** What a statement's lock depends on: whether its table was created in the change being checked. */
interface TableAge {
  isNewTable(relation: unknown): boolean;
}

/**
 * The table an ALTER TABLE, a non-concurrent CREATE INDEX or a RENAME locks, when that table holds data (it was not
 * created in the change being checked); undefined otherwise.
 */
export function lockedTable(statement: MigrationStatement, tables: TableAge): string | undefined {
  const relation =
    alteredTable(statement) ??
    (statement.kind === 'IndexStmt' && statement.node.concurrent !== true ? statement.node.relation : undefined) ??
    (statement.kind === 'RenameStmt' && (statement.node.renameType === 'OBJECT_TABLE' || statement.node.renameType === 'OBJECT_COLUMN') ? statement.node.relation : undefined);
  if (relation === undefined || tables.isNewTable(relation)) return undefined;
  return tableName(relation);
}
