import { defineMigrationRule } from '../migration-rule.js';

const ENDS = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK']);

/**
 * A BEGIN the file never ends: the migration tool reports success, and the session's end rolls everything back
 * (or the tool's own COMMIT lands somewhere unexpected).
 */
export const uncommittedTransaction = defineMigrationRule({
  meta: {
    id: 'uncommitted-transaction',
    category: 'migration',
    severity: 'error',
    description: 'BEGIN with no COMMIT before the end of the file: the changes may never be committed.',
    summary: 'BEGIN or START TRANSACTION with no COMMIT before the end of its file',
  },
  check(statement, state) {
    if (!state.isLastInFile) return [];
    const kind = statement.kind === 'TransactionStmt' ? String(statement.node.kind) : '';
    const opens = kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START';
    if (!(opens || (state.inTransaction && !ENDS.has(kind)))) return [];
    return [
      {
        message: 'The file ends inside a transaction block (BEGIN with no COMMIT): the tool may report success while the session\'s end rolls the changes back.',
        suggestion: 'End the file with COMMIT, or leave out BEGIN when the migration tool opens the transaction itself.',
      },
    ];
  },
});
