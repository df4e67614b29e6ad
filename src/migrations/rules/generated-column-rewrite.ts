import { columnDefinitions } from '../column-definitions.js';
import { LOCK_TIMEOUT_ADVICE, lockText } from '../lock-modes.js';
import { defineMigrationRule } from '../migration-rule.js';

/**
 * ADD COLUMN … GENERATED ALWAYS AS (…) STORED or … AS IDENTITY computes a value for every existing row, so the table
 * is rewritten under ACCESS EXCLUSIVE. A virtual generated column (PostgreSQL 18+, no STORED) is computed on read
 * and stays quiet.
 */
export const generatedColumnRewrite = defineMigrationRule({
  meta: {
    id: 'generated-column-rewrite',
    category: 'migration',
    severity: 'warning',
    description: 'ADD COLUMN … GENERATED … STORED or AS IDENTITY on a table that holds data: the table is rewritten under ACCESS EXCLUSIVE.',
    summary: 'ADD COLUMN … GENERATED ALWAYS AS (…) STORED or … AS IDENTITY on a table not created in the same change',
  },
  check(statement, state) {
    return columnDefinitions(statement).flatMap((column) => {
      if (column.how !== 'add' || state.isNewTable(column.relation)) return [];
      const generated = column.constraints.find((constraint) => constraint.contype === 'CONSTR_IDENTITY' || (constraint.contype === 'CONSTR_GENERATED' && constraint.generated_kind === 's'));
      if (generated === undefined) return [];
      const kind = generated.contype === 'CONSTR_IDENTITY' ? 'an identity column' : 'a stored generated column';
      return [
        {
          message: `ALTER TABLE ${column.table} ADD COLUMN ${column.column}: ${kind} gets a value in every existing row, so the table is rewritten; ${lockText('ACCESS EXCLUSIVE', column.table)}.`,
          suggestion: `Add the column plain (nullable, or with a constant default), fill it in batches, then attach the identity or expression; or keep the expression in a view or a virtual generated column (PostgreSQL 18+). ${LOCK_TIMEOUT_ADVICE}`,
          tables: [column.table],
        },
      ];
    });
  },
});
