import { UsageError } from '../../core/config/usage-error.js';
import type { PlanDatabase } from '../db/plan-database.js';
import { columnSalt } from './column-values.js';
import { quoted } from './quote-identifier.js';
import { columnNamed, type CatalogTable, type ForeignKey } from './table-catalog.js';

/** A foreign key being filled: its parent's keys, numbered 1…parentRows in a temporary table. */
export interface KeyDraw {
  key: ForeignKey;
  parent: CatalogTable;
  parentRows: number;
  alias: string;
  /** A unique key made only of foreign keys needs distinct combinations: parents are then taken in turn. */
  inTurn: boolean;
  nullable: boolean;
  salt: number;
}

/** Numbers each foreign key's parent rows in a temporary table, which the INSERT joins on a drawn rank. */
export async function drawParentKeys(database: PlanDatabase, table: CatalogTable, catalog: ReadonlyMap<number, CatalogTable>): Promise<KeyDraw[]> {
  const filled = new Set(table.columns.filter((column) => !column.filledByServer).map((column) => column.name));
  const taken = new Set<string>();
  const draws: KeyDraw[] = [];
  for (const key of table.foreignKeys) {
    const parent = catalog.get(key.parentOid);
    // A column in two foreign keys follows the first; a key over a server-filled column is the server's business.
    if (!parent || !key.columns.every((name) => filled.has(name)) || key.columns.some((name) => taken.has(name))) continue;
    key.columns.forEach((name) => taken.add(name));
    const alias = `predator_guard_keys_${draws.length}`;
    const parentColumns = key.parentColumns.map(quoted).join(', ');
    const notNull = key.parentColumns.map((name) => `${quoted(name)} IS NOT NULL`).join(' AND ');
    await database.run(`DROP TABLE IF EXISTS pg_temp.${alias}`);
    await database.run(
      `CREATE TEMP TABLE ${alias} AS SELECT row_number() OVER (ORDER BY ${parentColumns}) AS rank, ${parentColumns} FROM ${parent.sqlName} WHERE ${notNull}`,
    );
    // Keyed and analysed, so the INSERT looks parents up by rank instead of scanning them once per generated row.
    await database.run(`ALTER TABLE pg_temp.${alias} ADD PRIMARY KEY (rank)`);
    await database.run(`ANALYZE pg_temp.${alias}`);
    const [{ rows }] = await database.query(`SELECT count(*)::int AS rows FROM pg_temp.${alias}`);
    const nullable = key.columns.every((name) => !columnNamed(table, name).notNull);
    if (Number(rows) === 0 && !nullable) {
      // The statements are explained on this database next: no helper table may stay behind in their plans.
      for (const made of [...draws.map((draw) => draw.alias), alias]) await database.run(`DROP TABLE pg_temp.${made}`);
      throw emptyParent(table, key, parent);
    }
    draws.push({ key, parent, parentRows: Number(rows), alias, inTurn: false, nullable, salt: columnSalt(table.name, key.columns.join(',')) });
  }
  return draws;
}

function emptyParent(table: CatalogTable, key: ForeignKey, parent: CatalogTable): UsageError {
  const fix =
    parent.oid === table.oid
      ? `make (${key.columns.join(', ')}) nullable, or seed ${table.name} with the first rows it can point at`
      : `give ${parent.name} rows too (table-rows: { ${parent.name}: N }) or seed it`;
  return new UsageError(
    `table-rows: cannot fill ${table.name}: its NOT NULL foreign key (${key.columns.join(', ')}) references ${parent.name}, which has no rows to point at. To fix it, ${fix}.`,
  );
}
