import { SERIAL_TYPES } from '../column-definitions.js';
import { defineMigrationRule } from '../migration-rule.js';
import { alterCommands, alteredTable, nameParts, tableName, type ParseNode } from '../migration-statement.js';
import { LOCK_TIMEOUT_ADVICE, lockText } from '../lock-modes.js';

/**
 * Built-in functions that are STABLE or IMMUTABLE, so PostgreSQL 11+ stores the default once instead of rewriting
 * the table: `now()` and its kin, casts and the constructors of constant values. Anything else may be volatile.
 */
const NOT_VOLATILE = new Set(['now', 'current_timestamp', 'transaction_timestamp', 'statement_timestamp', 'current_date', 'localtimestamp', 'localtime', 'lower', 'upper', 'to_jsonb', 'jsonb_build_object', 'json_build_object', 'jsonb_build_array', 'array', 'make_interval', 'make_date', 'to_timestamp', 'coalesce']);

/** ADD COLUMN with a volatile default rewrites the whole table under ACCESS EXCLUSIVE (a constant one does not, since PostgreSQL 11). */
export const volatileColumnDefault = defineMigrationRule({
  meta: {
    id: 'volatile-column-default',
    category: 'migration',
    severity: 'warning',
    description: 'ADD COLUMN with a volatile default (or a serial type): the table is rewritten under ACCESS EXCLUSIVE.',
    summary: 'ADD COLUMN … DEFAULT of a function not known to be STABLE or IMMUTABLE, or of a serial type',
  },
  check(statement, state) {
    const relation = alteredTable(statement);
    if (relation === undefined || state.isNewTable(relation)) return [];
    const table = tableName(relation);
    return alterCommands(statement).flatMap((command) => {
      if (command.subtype !== 'AT_AddColumn') return [];
      const column = (command.def?.ColumnDef ?? {}) as { colname?: string; typeName?: { names?: unknown }; constraints?: { Constraint?: { contype?: string; raw_expr?: ParseNode } }[] };
      const typeName = nameParts(column.typeName?.names).at(-1) ?? '';
      const defaultExpr = column.constraints?.find((item) => item.Constraint?.contype === 'CONSTR_DEFAULT')?.Constraint?.raw_expr;
      const volatile = SERIAL_TYPES.has(typeName) ? `the ${typeName} type's nextval()` : defaultExpr ? firstVolatileCall(defaultExpr) : undefined;
      if (volatile === undefined) return [];
      return [
        {
          message: `ALTER TABLE ${table} ADD COLUMN ${column.colname ?? ''}: the default calls ${volatile}, which is not known to be STABLE or IMMUTABLE, so the table is rewritten; ${lockText('ACCESS EXCLUSIVE', table)}.`,
          suggestion: `Add the column without a default (or with a constant one), set the default with ALTER COLUMN … SET DEFAULT, and backfill existing rows in batches. ${LOCK_TIMEOUT_ADVICE}`,
          tables: [table],
        },
      ];
    });
  },
});

/** The first function call in the expression that is not known to be non-volatile, as `name()`. */
function firstVolatileCall(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstVolatileCall(item);
      if (found) return found;
    }
    return undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  const call = (node as { FuncCall?: { funcname?: unknown; args?: unknown } }).FuncCall;
  if (call) {
    const name = nameParts(call.funcname).at(-1) ?? '';
    if (!NOT_VOLATILE.has(name)) return `${name}()`;
    return firstVolatileCall(call.args);
  }
  for (const value of Object.values(node)) {
    const found = firstVolatileCall(value);
    if (found) return found;
  }
  return undefined;
}
