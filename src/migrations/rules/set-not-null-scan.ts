import { defineMigrationRule } from '../migration-rule.js';
import { alterCommands, alteredTable, tableName } from '../migration-statement.js';
import { LOCK_TIMEOUT_ADVICE, lockText } from '../lock-modes.js';

/**
 * SET NOT NULL scans the whole table under ACCESS EXCLUSIVE, unless a validated CHECK (column IS NOT NULL) already
 * proves it (PostgreSQL 12+): then the scan is skipped.
 */
export const setNotNullScan = defineMigrationRule({
  meta: {
    id: 'set-not-null-scan',
    category: 'migration',
    severity: 'warning',
    description: 'ALTER COLUMN … SET NOT NULL without a validated CHECK (column IS NOT NULL): a full scan under ACCESS EXCLUSIVE.',
    summary: 'SET NOT NULL with no CHECK (column IS NOT NULL) validated earlier in the change',
  },
  check(statement, state) {
    const relation = alteredTable(statement);
    if (relation === undefined || state.isNewTable(relation)) return [];
    const table = tableName(relation);
    return alterCommands(statement).flatMap((command) => {
      if (command.subtype !== 'AT_SetNotNull' || command.name === undefined || state.hasValidatedNotNullCheck(relation, command.name)) return [];
      return [
        {
          message: `ALTER TABLE ${table} ALTER COLUMN ${command.name} SET NOT NULL: every row is scanned while it holds ${lockText('ACCESS EXCLUSIVE', table)}.`,
          suggestion: `First ADD CONSTRAINT … CHECK (${command.name} IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE: reads and writes go on); SET NOT NULL then skips the scan (PostgreSQL 12+), and the CHECK can be dropped. ${LOCK_TIMEOUT_ADVICE}`,
          tables: [table],
        },
      ];
    });
  },
});
