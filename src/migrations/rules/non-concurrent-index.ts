import { defineMigrationRule } from '../migration-rule.js';
import { tableName } from '../migration-statement.js';
import { LOCK_TIMEOUT_ADVICE, whoWaits } from '../lock-modes.js';

/** CREATE INDEX without CONCURRENTLY holds SHARE on the table for the whole build: every write waits for it. */
export const nonConcurrentIndex = defineMigrationRule({
  meta: {
    id: 'non-concurrent-index',
    category: 'migration',
    severity: 'warning',
    description: 'CREATE INDEX without CONCURRENTLY on a table that holds data: writes wait for the whole build.',
    summary: 'CREATE INDEX without CONCURRENTLY (quiet on a table created in the same change)',
  },
  check(statement, state) {
    if (statement.kind !== 'IndexStmt' || statement.node.concurrent === true || state.isNewTable(statement.node.relation)) return [];
    const table = tableName(statement.node.relation);
    return [
      {
        message: `CREATE INDEX${statement.node.idxname ? ` ${String(statement.node.idxname)}` : ''} ON ${table}: SHARE on ${table} until the index is built; ${whoWaits('SHARE')}.`,
        suggestion: `Use CREATE INDEX CONCURRENTLY, outside a transaction (it takes SHARE UPDATE EXCLUSIVE: reads and writes go on). ${LOCK_TIMEOUT_ADVICE}`,
        tables: [table],
      },
    ];
  },
});
