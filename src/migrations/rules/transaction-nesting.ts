import { defineMigrationRule } from '../migration-rule.js';

/**
 * BEGIN inside an open transaction only draws a warning from PostgreSQL, and the first COMMIT ends the whole
 * transaction: what the author meant as an inner block is not one.
 */
export const transactionNesting = defineMigrationRule({
  meta: {
    id: 'transaction-nesting',
    category: 'migration',
    severity: 'warning',
    description: 'BEGIN while a transaction BEGIN opened earlier in the file is still open: PostgreSQL does not nest transactions.',
    summary: 'BEGIN or START TRANSACTION inside an open transaction block in the file',
  },
  check(statement, state) {
    const kind = statement.kind === 'TransactionStmt' ? String(statement.node.kind) : '';
    if (!state.inTransaction || (kind !== 'TRANS_STMT_BEGIN' && kind !== 'TRANS_STMT_START')) return [];
    return [
      {
        message: 'BEGIN inside a transaction already open in this file: PostgreSQL ignores it with a warning, and the first COMMIT ends the outer transaction too.',
        suggestion: 'Remove the inner BEGIN and its COMMIT (use SAVEPOINT for a part that may roll back alone). If the migration tool opens a transaction itself, remove both from the file.',
      },
    ];
  },
});
