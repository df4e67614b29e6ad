import type { LockMode } from '../lock-modes.js';
import { alterCommands, hasOption, nameParts, tableName, type MigrationStatement } from '../migration-statement.js';

/** A statement PostgreSQL refuses inside a transaction block, so it cannot be measured in the rolled-back one. */
export interface OutsideTransaction {
  /** Why it was not measured, for the finding's data. */
  reason: string;
  /** The lock PostgreSQL's documentation gives it, and on what. */
  documented?: { mode: LockMode; tables: string[] };
  /** The same change without CONCURRENTLY, run so that later statements find the index; its locks are not reported. */
  sameChangeSql?: string;
  /** An index whose table the documented lock is on, looked up in the database. */
  indexName?: string;
}

const NOT_IN_TRANSACTION = 'cannot run inside a transaction block, so it was not measured';

/**
 * CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DETACH PARTITION … CONCURRENTLY take
 * SHARE UPDATE EXCLUSIVE (PostgreSQL's "Explicit Locking" and the commands' pages, 15 to 18) and refuse to run in a
 * transaction; so do VACUUM and the database-level commands. Undefined for every other statement.
 */
export function outsideTransaction(statement: MigrationStatement): OutsideTransaction | undefined {
  const node = statement.node;
  const documented = (tables: string[]) => ({ mode: 'SHARE UPDATE EXCLUSIVE' as const, tables });
  switch (statement.kind) {
    case 'IndexStmt':
      if (node.concurrent !== true) return undefined;
      return {
        reason: `CREATE INDEX CONCURRENTLY ${NOT_IN_TRANSACTION}; the lock is PostgreSQL's documented one`,
        documented: documented([tableName(node.relation)]),
        sameChangeSql: withoutConcurrently(statement.sql, /^(CREATE\s+(?:UNIQUE\s+)?INDEX\s+)CONCURRENTLY\s+/i),
      };
    case 'DropStmt': {
      if (node.concurrent !== true || node.removeType !== 'OBJECT_INDEX') return undefined;
      const [first] = (node.objects as unknown[] | undefined) ?? [];
      const index = nameParts((first as { List?: { items?: unknown } } | undefined)?.List?.items).join('.');
      return {
        reason: `DROP INDEX CONCURRENTLY ${NOT_IN_TRANSACTION}; the lock is PostgreSQL's documented one`,
        documented: documented([]),
        sameChangeSql: withoutConcurrently(statement.sql, /^(DROP\s+INDEX\s+)CONCURRENTLY\s+/i),
        indexName: index,
      };
    }
    case 'ReindexStmt':
      return hasOption(node.params, 'concurrently') ? { reason: `REINDEX CONCURRENTLY ${NOT_IN_TRANSACTION}; the lock is PostgreSQL's documented one`, documented: documented([]) } : undefined;
    case 'AlterTableStmt': {
      const detach = alterCommands(statement).some((command) => (command.def?.PartitionCmd as { concurrent?: boolean } | undefined)?.concurrent === true);
      if (!detach) return undefined;
      return {
        reason: `DETACH PARTITION … CONCURRENTLY ${NOT_IN_TRANSACTION}; the lock is PostgreSQL's documented one`,
        documented: documented([tableName(node.relation)]),
        sameChangeSql: withoutConcurrently(statement.sql, /\s+CONCURRENTLY\s*$/i, ''),
      };
    }
    case 'VacuumStmt':
      return node.is_vacuumcmd === true ? { reason: `VACUUM ${NOT_IN_TRANSACTION}` } : undefined;
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'AlterSystemStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
      return { reason: `${statement.kind.replace(/Stmt$/, '')} ${NOT_IN_TRANSACTION}` };
    default:
      return undefined;
  }
}

/** The statement without its CONCURRENTLY keyword, when it sits where the grammar puts it (no comment in between). */
function withoutConcurrently(sql: string, pattern: RegExp, replacement = '$1'): string | undefined {
  return pattern.test(sql) ? sql.replace(pattern, replacement) : undefined;
}
