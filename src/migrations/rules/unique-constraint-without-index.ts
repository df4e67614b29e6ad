import { defineMigrationRule } from '../migration-rule.js';
import { alterCommands, alteredTable, tableName } from '../migration-statement.js';
import { LOCK_TIMEOUT_ADVICE, lockText } from '../lock-modes.js';

/** ADD CONSTRAINT … UNIQUE or PRIMARY KEY builds its index inside the ALTER TABLE, under ACCESS EXCLUSIVE. */
export const uniqueConstraintWithoutIndex = defineMigrationRule({
  meta: {
    id: 'unique-constraint-without-index',
    category: 'migration',
    severity: 'warning',
    description: 'ADD CONSTRAINT … UNIQUE or PRIMARY KEY without USING INDEX: the index is built while ACCESS EXCLUSIVE is held.',
    summary: 'ADD UNIQUE / PRIMARY KEY not built from an existing index (USING INDEX) on a table that holds data',
  },
  check(statement, state) {
    const relation = alteredTable(statement);
    if (relation === undefined || state.isNewTable(relation)) return [];
    const table = tableName(relation);
    return alterCommands(statement).flatMap((command) => {
      const constraint = (command.def as { Constraint?: { contype?: string; conname?: string; indexname?: string } } | undefined)?.Constraint;
      if (command.subtype !== 'AT_AddConstraint' || constraint === undefined || constraint.indexname !== undefined) return [];
      if (constraint.contype !== 'CONSTR_UNIQUE' && constraint.contype !== 'CONSTR_PRIMARY') return [];
      const kind = constraint.contype === 'CONSTR_UNIQUE' ? 'UNIQUE' : 'PRIMARY KEY';
      return [
        {
          message: `ALTER TABLE ${table} ADD ${constraint.conname ? `CONSTRAINT ${constraint.conname} ` : ''}${kind}: its index is built while it holds ${lockText('ACCESS EXCLUSIVE', table)}.`,
          suggestion: `Build the index first with CREATE UNIQUE INDEX CONCURRENTLY, outside a transaction, then ADD CONSTRAINT … ${kind} USING INDEX, which only takes the lock briefly. ${LOCK_TIMEOUT_ADVICE}`,
          tables: [table],
        },
      ];
    });
  },
});
