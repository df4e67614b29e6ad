import { defineMigrationRule } from '../migration-rule.js';
import { alterCommands, alteredTable, tableName } from '../migration-statement.js';
import { LOCK_TIMEOUT_ADVICE, lockText } from '../lock-modes.js';

interface ConstraintNode {
  contype?: string;
  conname?: string;
  skip_validation?: boolean;
  pktable?: unknown;
}

/**
 * ADD CONSTRAINT … FOREIGN KEY or CHECK without NOT VALID scans every row while holding the lock: ACCESS EXCLUSIVE
 * for a CHECK; SHARE ROW EXCLUSIVE on both tables for a foreign key.
 */
export const constraintWithoutNotValid = defineMigrationRule({
  meta: {
    id: 'constraint-without-not-valid',
    category: 'migration',
    severity: 'warning',
    description: 'ADD CONSTRAINT … FOREIGN KEY or CHECK without NOT VALID: every row is checked while the lock is held.',
    summary: 'ADD CONSTRAINT … FOREIGN KEY / CHECK without NOT VALID on a table that holds data',
  },
  check(statement, state) {
    const relation = alteredTable(statement);
    if (relation === undefined || state.isNewTable(relation)) return [];
    const table = tableName(relation);
    return alterCommands(statement).flatMap((command) => {
      const constraint = (command.def as { Constraint?: ConstraintNode } | undefined)?.Constraint;
      if (command.subtype !== 'AT_AddConstraint' || constraint === undefined || constraint.skip_validation === true) return [];
      if (constraint.contype !== 'CONSTR_FOREIGN' && constraint.contype !== 'CONSTR_CHECK') return [];
      const name = constraint.conname ? ` ${constraint.conname}` : '';
      const isForeignKey = constraint.contype === 'CONSTR_FOREIGN';
      const referenced = isForeignKey ? tableName(constraint.pktable) : undefined;
      const locks = isForeignKey ? lockText('SHARE ROW EXCLUSIVE', `${table} and ${referenced}`) : lockText('ACCESS EXCLUSIVE', table);
      return [
        {
          message: `ALTER TABLE ${table} ADD CONSTRAINT${name} ${isForeignKey ? 'FOREIGN KEY' : 'CHECK'} without NOT VALID: every row is checked while it holds ${locks}.`,
          suggestion: `Add it NOT VALID (new rows are checked at once), then VALIDATE CONSTRAINT in a later statement: validation takes SHARE UPDATE EXCLUSIVE, so reads and writes go on. ${LOCK_TIMEOUT_ADVICE}`,
          tables: referenced ? [table, referenced] : [table],
        },
      ];
    });
  },
});
