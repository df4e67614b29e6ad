import { defineMigrationRule } from '../migration-rule.js';
import { alterCommands, nameParts, tableName, type MigrationStatement } from '../migration-statement.js';

const DROPPED_OBJECTS: Record<string, string> = { OBJECT_TABLE: 'DROP TABLE', OBJECT_INDEX: 'DROP INDEX', OBJECT_TYPE: 'DROP TYPE', OBJECT_VIEW: 'DROP VIEW', OBJECT_SEQUENCE: 'DROP SEQUENCE' };

/** What a statement creates or drops without IF [NOT] EXISTS, as `CREATE TABLE orders`; none when guarded. */
function unguarded(statement: MigrationStatement): { what: string; guard: string }[] {
  const node = statement.node;
  switch (statement.kind) {
    case 'CreateStmt':
      return node.if_not_exists === true ? [] : [{ what: `CREATE TABLE ${tableName(node.relation)}`, guard: 'IF NOT EXISTS' }];
    case 'IndexStmt':
      return node.if_not_exists === true ? [] : [{ what: `CREATE INDEX${node.idxname ? ` ${String(node.idxname)}` : ''}`, guard: 'IF NOT EXISTS' }];
    case 'DropStmt': {
      const verb = DROPPED_OBJECTS[String(node.removeType)];
      if (verb === undefined || node.missing_ok === true) return [];
      const names = ((node.objects ?? []) as unknown[]).map((object) => nameParts((object as { List?: { items?: unknown } }).List?.items ?? (object as { TypeName?: { names?: unknown } }).TypeName?.names).join('.'));
      return [{ what: `${verb} ${names.join(', ')}`, guard: 'IF EXISTS' }];
    }
    case 'AlterTableStmt':
      return alterCommands(statement).flatMap((command) => {
        const table = tableName(node.relation);
        if (command.missing_ok === true) return [];
        if (command.subtype === 'AT_AddColumn') return [{ what: `ALTER TABLE ${table} ADD COLUMN ${String((command.def?.ColumnDef as { colname?: string } | undefined)?.colname ?? '')}`, guard: 'IF NOT EXISTS' }];
        if (command.subtype === 'AT_DropColumn') return [{ what: `ALTER TABLE ${table} DROP COLUMN ${command.name ?? ''}`, guard: 'IF EXISTS' }];
        if (command.subtype === 'AT_DropConstraint') return [{ what: `ALTER TABLE ${table} DROP CONSTRAINT ${command.name ?? ''}`, guard: 'IF EXISTS' }];
        return [];
      });
    default:
      return [];
  }
}

/**
 * In a file that cannot run in one transaction (it holds CREATE INDEX CONCURRENTLY, VACUUM, …), a statement that
 * fails the second time: when a later statement fails, the ones before it stay applied, and re-running the
 * migration stops at the first of them.
 */
export const nonIdempotentStatement = defineMigrationRule({
  meta: {
    id: 'non-idempotent-statement',
    category: 'migration',
    severity: 'warning',
    description: 'CREATE or ADD COLUMN without IF NOT EXISTS, DROP without IF EXISTS, in a migration that cannot run in one transaction.',
    summary: 'CREATE/ADD COLUMN without IF NOT EXISTS or DROP without IF EXISTS, in a file holding a statement that cannot run in a transaction',
  },
  check(statement, state) {
    const reason = state.runsOutsideTransaction;
    // The last statement has nothing after it to fail, so a failure leaves nothing of the file half applied.
    if (reason === undefined || state.inTransaction || state.isLastInFile) return [];
    return unguarded(statement).map(({ what, guard }) => ({
      message: `${what} without ${guard}, in a migration that cannot run in one transaction (line ${reason.startLine}): if a later statement fails, re-running the migration fails here.`,
      suggestion: `Write ${guard}, so the migration can be run again after a failure part way through.`,
    }));
  },
});
