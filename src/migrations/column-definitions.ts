import { alterCommands, alteredTable, nameParts, tableName, type MigrationStatement, type ParseNode } from './migration-statement.js';

interface ConstraintNode {
  contype?: string;
  /** `s` for STORED, `v` for VIRTUAL (a CONSTR_GENERATED's kind). */
  generated_kind?: string;
  keys?: unknown;
  fk_attrs?: unknown;
}

/** A column a statement defines or retypes, with what the type rules need to know about it. */
export interface ColumnDefinition {
  /** The table as written in the migration. */
  table: string;
  /** The table's RangeVar, for `state.isNewTable`. */
  relation: unknown;
  column: string;
  /** CREATE TABLE, ADD COLUMN, or ALTER COLUMN … TYPE. */
  how: 'create' | 'add' | 'type';
  /** The type's own name as PostgreSQL resolves it (`int4`, `bpchar`, `serial`, `timestamp`). */
  type: string;
  /** How many modifiers the type has (`varchar(100)` has one). */
  typmods: number;
  /** The column's own constraints (NOT NULL, DEFAULT, PRIMARY KEY, REFERENCES, identity…). */
  constraints: ConstraintNode[];
  /** Part of a primary key, a foreign key, or an identity column: a key others refer to. */
  isKey: boolean;
}

/**
 * The columns of a CREATE TABLE (with its table-level PRIMARY KEY and FOREIGN KEY columns counted as keys), of an
 * ALTER TABLE's ADD COLUMNs and of its ALTER COLUMN … TYPEs.
 */
export function columnDefinitions(statement: MigrationStatement): ColumnDefinition[] {
  if (statement.kind === 'CreateStmt') {
    const relation = statement.node.relation;
    const elements = (statement.node.tableElts ?? []) as ParseNode[];
    const tableKeys = new Set(elements.flatMap((element) => keyColumnsOf(element.Constraint as ConstraintNode | undefined)));
    return elements.flatMap((element) => {
      const column = columnOf(element.ColumnDef as ParseNode | undefined, tableName(relation), relation, 'create');
      if (column && tableKeys.has(column.column)) column.isKey = true;
      return column ? [column] : [];
    });
  }
  const relation = alteredTable(statement);
  if (relation === undefined) return [];
  return alterCommands(statement).flatMap((command) => {
    if (command.subtype === 'AT_AddColumn') {
      const column = columnOf(command.def?.ColumnDef as ParseNode | undefined, tableName(relation), relation, 'add');
      return column ? [column] : [];
    }
    if (command.subtype === 'AT_AlterColumnType') {
      const column = columnOf({ ...(command.def?.ColumnDef as ParseNode | undefined), colname: command.name }, tableName(relation), relation, 'type');
      return column ? [column] : [];
    }
    return [];
  });
}

/** Column types whose implicit default is nextval() on a sequence of their own. */
export const SERIAL_TYPES: ReadonlySet<string> = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

const KEY_CONSTRAINTS = new Set(['CONSTR_PRIMARY', 'CONSTR_FOREIGN', 'CONSTR_IDENTITY']);

function columnOf(node: ParseNode | undefined, table: string, relation: unknown, how: ColumnDefinition['how']): ColumnDefinition | undefined {
  if (node === undefined) return undefined;
  const typeName = node.typeName as { names?: unknown; typmods?: unknown[] } | undefined;
  const constraints = ((node.constraints ?? []) as { Constraint?: ConstraintNode }[]).flatMap((item) => (item.Constraint ? [item.Constraint] : []));
  return {
    table,
    relation,
    column: String(node.colname ?? ''),
    how,
    type: nameParts(typeName?.names).at(-1) ?? '',
    typmods: typeName?.typmods?.length ?? 0,
    constraints,
    isKey: constraints.some((constraint) => KEY_CONSTRAINTS.has(constraint.contype ?? '')),
  };
}

/** The columns a table-level PRIMARY KEY (…) or FOREIGN KEY (…) names. */
function keyColumnsOf(constraint: ConstraintNode | undefined): string[] {
  if (constraint?.contype === 'CONSTR_PRIMARY') return nameParts(constraint.keys);
  if (constraint?.contype === 'CONSTR_FOREIGN') return nameParts(constraint.fk_attrs);
  return [];
}

/** How a column is named in messages: `orders.total`. */
export function columnText(column: ColumnDefinition): string {
  return `${column.table}.${column.column}`;
}
