import type { SqlStatement } from '../postgres/sql/sql-statement.js';

/** A parse-tree node as libpg-query's JSON gives it: `{ TypeName: { …fields } }`. */
export type ParseNode = Record<string, unknown>;

/** One statement of a migration, with its parse tree's top node (`{ AlterTableStmt: {…} }`) and its kind. */
export interface MigrationStatement extends SqlStatement {
  /** `AlterTableStmt`, `IndexStmt`, … */
  kind: string;
  /** The node under the kind. */
  node: ParseNode;
}

/** A RangeVar's table as `schema.table` (`public` when unqualified), the key tables are tracked by. */
export function tableKey(relation: unknown): string {
  const range = (relation ?? {}) as { schemaname?: string; relname?: string };
  return `${range.schemaname ?? 'public'}.${range.relname ?? ''}`;
}

/** A RangeVar's table as written in the migration, for messages. */
export function tableName(relation: unknown): string {
  const range = (relation ?? {}) as { schemaname?: string; relname?: string };
  return range.schemaname ? `${range.schemaname}.${range.relname ?? ''}` : (range.relname ?? '');
}

/** The names of a qualified name list (`[{ String: { sval } }, …]`). */
export function nameParts(names: unknown): string[] {
  return Array.isArray(names) ? names.map((item) => ((item as { String?: { sval?: string } }).String?.sval ?? '')) : [];
}

/** Whether a statement's option list (`params` of REINDEX, `options` of VACUUM) holds the option, e.g. `concurrently`. */
export function hasOption(options: unknown, name: string): boolean {
  return Array.isArray(options) && options.some((option) => (option as { DefElem?: { defname?: string } }).DefElem?.defname === name);
}

/** The commands of an ALTER TABLE, each `{ subtype, name, def }`. */
export function alterCommands(statement: MigrationStatement): { subtype: string; name?: string; def?: ParseNode; missing_ok?: boolean }[] {
  if (statement.kind !== 'AlterTableStmt') return [];
  const cmds = (statement.node.cmds ?? []) as { AlterTableCmd?: { subtype: string; name?: string; def?: ParseNode } }[];
  return cmds.flatMap((cmd) => (cmd.AlterTableCmd ? [cmd.AlterTableCmd] : []));
}

/** An ALTER TABLE's own relation, when it alters a table (not an index, a view or a sequence). */
export function alteredTable(statement: MigrationStatement): unknown {
  if (statement.kind !== 'AlterTableStmt') return undefined;
  return statement.node.objtype === 'OBJECT_TABLE' ? statement.node.relation : undefined;
}
