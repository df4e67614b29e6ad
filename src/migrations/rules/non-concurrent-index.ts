import { defineMigrationRule } from '../migration-rule.js';
import { tableName } from '../migration-statement.js';
import { LOCK_TIMEOUT_ADVICE, whoWaits } from '../lock-modes.js';

/** `CREATE [UNIQUE] INDEX` at the statement's start: CONCURRENTLY goes right after INDEX. */
const CREATE_INDEX = /^(\s*CREATE\s+(?:UNIQUE\s+)?INDEX)(?=\s|$)/i;

export const CONCURRENTLY_NOTE = 'CONCURRENTLY cannot run inside a transaction block: the migration tool must run this file outside one.';

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
        // Inside the file's own BEGIN … COMMIT, CONCURRENTLY would fail (concurrently-in-transaction): no fix there.
        ...(state.inTransaction ? {} : { fix: { firstLine: (line: string) => (CREATE_INDEX.test(line) ? line.replace(CREATE_INDEX, '$1 CONCURRENTLY') : undefined), note: CONCURRENTLY_NOTE } }),
      },
    ];
  },
});
