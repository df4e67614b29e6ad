import { defineMigrationRule } from '../migration-rule.js';
import { lockedTable } from '../locked-table.js';

const VERBS: Record<string, string> = { AlterTableStmt: 'ALTER TABLE', IndexStmt: 'CREATE INDEX', RenameStmt: 'RENAME' };

/** Long enough for a lock that is free, short enough that the application hardly notices a wait. */
const SUGGESTED_TIMEOUT = '2s';

function statementVerb(kind: string): string {
  return VERBS[kind] ?? kind;
}

/**
 * A statement that takes a strong lock on a table that holds data, with no `SET lock_timeout` before it in the file:
 * queued behind one long query, it makes every later query on the table wait too.
 */
export const missingLockTimeout = defineMigrationRule({
  meta: {
    id: 'missing-lock-timeout',
    category: 'migration',
    severity: 'warning',
    description: 'The first ALTER TABLE, CREATE INDEX or RENAME of a file on a table that holds data, with no SET lock_timeout before it.',
    summary: 'a lock-taking statement with no SET lock_timeout before it in its file',
  },
  check(statement, state) {
    // Once per file: the first statement that locks an existing table is where the timeout was needed.
    if (state.lockTimeoutSet || state.locksBeforeInFile > 0) return [];
    const table = lockedTable(statement, state);
    if (table === undefined) return [];
    return [
      {
        message: `${statementVerb(statement.kind)} on ${table} with no lock_timeout set before it in the file: while it waits for its lock, every query on ${table} waits behind it.`,
        suggestion: `Start the migration with SET lock_timeout = '${SUGGESTED_TIMEOUT}' (and retry on failure): a migration that cannot get its lock fails fast instead of stalling the application.`,
        tables: [table],
        fix: { linesBefore: [`SET lock_timeout = '${SUGGESTED_TIMEOUT}';`], note: 'Retry the migration when it fails on the timeout.' },
      },
    ];
  },
});
