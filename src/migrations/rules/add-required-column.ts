import { columnDefinitions, SERIAL_TYPES } from '../column-definitions.js';
import { defineMigrationRule } from '../migration-rule.js';

/** Constraints that give every existing row a value, so NOT NULL holds without a DEFAULT. */
const FILLS_ROWS = new Set(['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED']);

/**
 * ADD COLUMN … NOT NULL (or PRIMARY KEY) with no default: PostgreSQL refuses it on a table that holds a row, and
 * once it runs, every INSERT of the running application that does not name the column fails.
 */
export const addRequiredColumn = defineMigrationRule({
  meta: {
    id: 'add-required-column',
    category: 'migration',
    severity: 'error',
    description: 'ADD COLUMN … NOT NULL without a default on a table that holds data: the migration fails, or the running application cannot insert.',
    summary: 'ADD COLUMN … NOT NULL (or PRIMARY KEY) with no DEFAULT, identity or generated value, on a table not created in the same change',
  },
  check(statement, state) {
    return columnDefinitions(statement)
      .filter((column) => column.how === 'add' && !state.isNewTable(column.relation) && !SERIAL_TYPES.has(column.type))
      .filter((column) => column.constraints.some((constraint) => constraint.contype === 'CONSTR_NOTNULL' || constraint.contype === 'CONSTR_PRIMARY'))
      .filter((column) => !column.constraints.some((constraint) => FILLS_ROWS.has(constraint.contype ?? '')))
      .map((column) => ({
        message: `ALTER TABLE ${column.table} ADD COLUMN ${column.column} NOT NULL without a default: it fails if ${column.table} holds a row, and once it exists every INSERT that leaves ${column.column} out fails.`,
        suggestion: 'Add the column nullable, deploy code that writes it, backfill, then add a CHECK (… IS NOT NULL) NOT VALID, VALIDATE it and SET NOT NULL; or give it a constant DEFAULT (no rewrite since PostgreSQL 11).',
        tables: [column.table],
      }));
  },
});
