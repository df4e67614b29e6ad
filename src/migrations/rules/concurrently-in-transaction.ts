import { defineMigrationRule } from '../migration-rule.js';

/** PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY inside a transaction block: the migration fails where it runs. */
export const concurrentlyInTransaction = defineMigrationRule({
  meta: {
    id: 'concurrently-in-transaction',
    category: 'migration',
    severity: 'error',
    description: 'CREATE or DROP INDEX CONCURRENTLY after an explicit BEGIN: PostgreSQL refuses it inside a transaction block.',
    summary: 'CREATE/DROP INDEX CONCURRENTLY between BEGIN and COMMIT in the file',
  },
  check(statement, state) {
    if (!state.inTransaction) return [];
    const creates = statement.kind === 'IndexStmt' && statement.node.concurrent === true;
    const drops = statement.kind === 'DropStmt' && statement.node.removeType === 'OBJECT_INDEX' && statement.node.concurrent === true;
    if (!creates && !drops) return [];
    const what = creates ? 'CREATE INDEX CONCURRENTLY' : 'DROP INDEX CONCURRENTLY';
    return [
      {
        message: `${what} inside a transaction block (BEGIN earlier in the file): PostgreSQL refuses it, so the migration fails.`,
        suggestion: `Move it out of BEGIN … COMMIT, into a migration of its own that the tool runs without a transaction (golang-migrate and Flyway run a file as written; Rails uses disable_ddl_transaction!, Django atomic = False).`,
      },
    ];
  },
});
