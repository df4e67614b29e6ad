import { defineMigrationRule } from '../migration-rule.js';
import { lockedTable } from '../locked-table.js';

/**
 * The first statement of a file that locks a table holding data, with no `SET statement_timeout` before it: a
 * statement that runs far longer than expected (a rewrite, a scan) holds its lock for all that time.
 */
export const missingStatementTimeout = defineMigrationRule({
  meta: {
    id: 'missing-statement-timeout',
    category: 'migration',
    severity: 'notice',
    description: 'The first ALTER TABLE, CREATE INDEX or RENAME of a file on a table that holds data, with no SET statement_timeout before it.',
    summary: 'a lock-taking statement with no SET statement_timeout before it in its file',
  },
  check(statement, state) {
    // Once per file, where missing-lock-timeout reports too: a timeout set once covers every statement after it.
    if (state.statementTimeoutSet || state.locksBeforeInFile > 0) return [];
    const table = lockedTable(statement, state);
    if (table === undefined) return [];
    return [
      {
        message: `A lock on ${table} with no statement_timeout set before it in the file: a statement that runs longer than planned keeps ${table} locked until it ends.`,
        suggestion: "Set statement_timeout at the top of the migration (SET statement_timeout = '5min'), long enough for its slowest statement; the connection's own timeout counts too, so this can be turned off where one is set.",
        tables: [table],
      },
    ];
  },
});
