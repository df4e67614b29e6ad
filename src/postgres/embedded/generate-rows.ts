import { UsageError } from '../../core/config/usage-error.js';
import { DatabaseError, type PlanDatabase } from '../db/plan-database.js';
import type { PgParser } from '../sql/pg-parser.js';
import { checkBounds } from './check-bounds.js';
import { columnSalt, columnValueSql, skewedRank, uniform, NULL_SHARE, type ColumnPlan } from './column-values.js';
import { drawParentKeys, type KeyDraw } from './parent-keys.js';
import { quoted } from './quote-identifier.js';
import { columnNamed, type CatalogColumn, type CatalogTable } from './table-catalog.js';

/**
 * Rows dropped by a CHECK the generator could not model are replaced: each round offers twice the missing rows and
 * keeps what passes, so a CHECK that keeps half of them is done in one or two rounds. After this many it gives up.
 */
const MAX_ROUNDS = 40;
const NUMERIC_TYPES = new Set(['int2', 'int4', 'int8', 'numeric', 'float4', 'float8']);

/**
 * Fills one table up to `targetRows` with generated rows, in set-based INSERT … SELECT statements over
 * generate_series: 100k rows with a foreign key, a uuid key and four CHECKs take 3–4 s on PGlite on a busy 2-core
 * machine, where a row-by-row loop would take minutes. Values honour NOT NULL, unique keys, simple CHECKs and
 * foreign keys (drawn from the parent's existing keys, skewed so a few parents have many children). Parents must be
 * filled first (see fill-order.ts). Returns the rows inserted.
 */
export async function generateRows(
  database: PlanDatabase,
  parser: PgParser,
  table: CatalogTable,
  targetRows: number,
  catalog: ReadonlyMap<number, CatalogTable>,
): Promise<number> {
  const existing = await existingRows(database, table);
  const wanted = targetRows - existing.rowCount;
  if (wanted <= 0) return 0;
  await advanceSequences(database, table);
  const draws = await drawParentKeys(database, table, catalog);
  try {
    const insert = plannedInsert(parser, table, targetRows, existing, draws);
    // Foreign keys are drawn from the parents' rows, so the per-row RI triggers could only confirm them; off, 100k
    // rows load in half the time. It also skips the schema's own triggers: generated rows do not feed audit tables.
    await database.run('SET session_replication_role = replica');
    try {
      return await insertRounds(database, table, wanted, insert);
    } catch (error) {
      if (error instanceof DatabaseError) throw (await failingColumn(database, table, insert, wanted)) ?? error;
      throw error;
    }
  } catch (error) {
    if (error instanceof DatabaseError) throw generationFailure(table, wanted, error);
    throw error;
  } finally {
    await database.run('RESET session_replication_role');
    for (const draw of draws) await database.run(`DROP TABLE IF EXISTS pg_temp.${draw.alias}`);
  }
}

interface ExistingRows {
  rowCount: number;
  /** The largest value of each numeric column, so distinct numbers start after what the seed rows hold. */
  largest: Map<string, number>;
}

async function existingRows(database: PlanDatabase, table: CatalogTable): Promise<ExistingRows> {
  const numeric = table.columns.filter((column) => !column.filledByServer && NUMERIC_TYPES.has(column.baseType));
  const maxima = numeric.map((column, index) => `, max(${quoted(column.name)})::float8 AS m${index}`).join('');
  const [row] = await database.query(`SELECT count(*)::int AS row_count${maxima} FROM ${table.sqlName}`);
  const largest = new Map(numeric.map((column, index) => [column.name, Number(row[`m${index}`] ?? 0)]));
  return { rowCount: Number(row.row_count), largest };
}

/**
 * Seed files often insert explicit ids (`INSERT … (id, …) VALUES (1, …)`), which leaves a serial or identity
 * column's sequence at its start, so the first generated row would collide with them. Each sequence is moved past
 * the largest id there is. Generated columns have no sequence and are left alone (their max() may not even exist,
 * as for a tsvector). A failure names the column.
 */
async function advanceSequences(database: PlanDatabase, table: CatalogTable): Promise<void> {
  for (const column of table.columns.filter((candidate) => candidate.sequenceBacked)) {
    try {
      await database.query(
        `SELECT pg_catalog.setval(sequence, largest::bigint) FROM (SELECT pg_catalog.pg_get_serial_sequence($1, $2) AS sequence, (SELECT max(${quoted(column.name)}) FROM ${table.sqlName}) AS largest) AS current WHERE sequence IS NOT NULL AND largest IS NOT NULL`,
        [table.sqlName, column.name],
      );
    } catch (error) {
      if (error instanceof DatabaseError) throw columnFailure(table, column, 'moving its sequence past the existing rows', error);
      throw error;
    }
  }
}

interface PlannedInsert {
  columns: string[];
  /** Each generated column's own expression, to find the one that fails. */
  expressions: { column: CatalogColumn; sql: string }[];
  /** Whether CHECKs filter the candidates, so some are dropped. */
  filtered: boolean;
  /** The INSERT of at most `limit` of the candidate rows numbered first…last, counting the rows it kept. */
  sql(first: number, last: number, limit: number): string;
}

function plannedInsert(parser: PgParser, table: CatalogTable, targetRows: number, existing: ExistingRows, draws: KeyDraw[]): PlannedInsert {
  const drawnColumns = new Set(draws.flatMap((draw) => draw.key.columns));
  const distinct = distinctColumns(table, drawnColumns, draws);
  // A range partition's bounds (when one partition holds all: no OR) bound the values as a CHECK's would.
  const bounds = checkBounds(parser, table.partitions ? [...table.checks, table.partitions] : table.checks);
  // A NOT NULL generated column (a primary key `md5(txt)`) is NULL when an input is: its inputs get no NULLs.
  const feedsNotNull = new Set(table.columns.filter((column) => column.notNull).flatMap((column) => column.generatedInputs));
  const selected: { name: string; sql: string }[] = [];
  const expressions: { column: CatalogColumn; sql: string }[] = [];
  for (const column of table.columns) {
    if (column.filledByServer || drawnColumns.has(column.name)) continue;
    const plan: ColumnPlan = {
      column: feedsNotNull.has(column.name) ? { ...column, notNull: true } : column,
      distinct: distinct.has(column.name),
      startAfter: NUMERIC_TYPES.has(column.baseType) ? (existing.largest.get(column.name) ?? 0) : existing.rowCount,
      bounds: bounds.get(column.name),
      rows: targetRows,
      salt: columnSalt(table.name, column.name),
    };
    const sql = columnValueSql(plan);
    if (sql !== undefined) {
      selected.push({ name: column.name, sql });
      expressions.push({ column, sql });
    }
    else if (column.notNull && !column.hasDefault) throw unsupportedColumn(table, column);
  }
  let divisor = 1;
  const joins: string[] = [];
  for (const draw of draws.filter((candidate) => candidate.parentRows > 0)) {
    const rank = draw.inTurn ? `((g.i - 1) / ${divisor}) % ${draw.parentRows}` : skewedRank(draw.parentRows, draw.salt);
    if (draw.inTurn) divisor *= draw.parentRows;
    joins.push(`JOIN pg_temp.${draw.alias} ON ${draw.alias}.rank = 1 + ${rank}`);
    draw.key.columns.forEach((name, index) => {
      const parentValue = `${draw.alias}.${quoted(draw.key.parentColumns[index])}`;
      const sql = draw.nullable && !draw.inTurn ? `CASE WHEN ${uniform(draw.salt + 1)} < ${NULL_SHARE} THEN NULL ELSE ${parentValue} END` : parentValue;
      selected.push({ name, sql });
    });
  }
  const columns = selected.map((column) => column.name);
  const names = new Set(columns);
  // CHECKs over columns the INSERT sets are applied to the candidates: rows they reject are never inserted.
  const filters = table.checks.filter((check) => check.columns.every((name) => names.has(name))).map((check) => `(${check.expression}) IS NOT FALSE`);
  // A partitioned table takes only rows some partition accepts (a range or list that does not cover every value).
  const partitions = table.partitions;
  if (partitions && partitions.columns.every((name) => names.has(name))) filters.push(`(${partitions.expression}) IS TRUE`);
  // A partial unique key whose columns cannot differ on every row (`UNIQUE (is_default) WHERE is_default`): generated
  // rows stay outside its predicate, as most rows of such a table do.
  for (const key of table.partialUniqueKeys.filter((candidate) => !distinctPossible(table, candidate.columns, drawnColumns))) {
    if (key.predicateColumns.every((name) => names.has(name))) filters.push(`(${key.predicate}) IS NOT TRUE`);
  }
  const columnList = columns.map(quoted).join(', ');
  const candidates = selected.map((column) => `${column.sql} AS ${quoted(column.name)}`).join(', ');
  return {
    columns,
    expressions,
    filtered: filters.length > 0,
    sql: (first, last, limit) =>
      `WITH inserted AS (INSERT INTO ${table.sqlName} (${columnList}) ` +
      // OFFSET 0 keeps the candidates a subquery, so each value is computed once rather than again in the filter.
      `SELECT ${columnList} FROM (SELECT ${candidates} FROM generate_series(${first}, ${last}) AS g(i) ${joins.join(' ')} OFFSET 0) AS candidate` +
      `${filters.length > 0 ? ` WHERE ${filters.join(' AND ')}` : ''} LIMIT ${limit} RETURNING 1) SELECT count(*)::int AS inserted FROM inserted`,
  };
}

/**
 * Which columns must differ on every row so each unique key holds: the key's generated column that is not a foreign
 * key and holds the most values; a key made only of foreign keys takes its parents in turn instead, giving distinct
 * combinations.
 * A key with a serial or identity column is already distinct; a generated column stands for its inputs.
 */
function distinctColumns(table: CatalogTable, drawnColumns: ReadonlySet<string>, draws: KeyDraw[]): Set<string> {
  const distinct = new Set<string>();
  const partial = table.partialUniqueKeys.map((key) => key.columns).filter((key) => distinctPossible(table, key, drawnColumns));
  for (const key of [...table.uniqueKeys, ...partial]) {
    // A generated column in the key differs per row when its inputs do (md5(txt) with txt distinct).
    const inputs = key.flatMap((name) => columnNamed(table, name).generatedInputs).filter((name) => !drawnColumns.has(name));
    const columns = [...key.filter((name) => columnNamed(table, name).generatedInputs.length === 0), ...inputs].map((name) => columnNamed(table, name));
    if (columns.some((column) => column.filledByServer) || columns.some((column) => distinct.has(column.name))) continue;
    const own = columns.filter((column) => !drawnColumns.has(column.name)).sort((a, b) => distinctCapacity(b) - distinctCapacity(a))[0];
    if (own !== undefined) {
      distinct.add(own.name);
      continue;
    }
    for (const draw of draws) if (draw.key.columns.some((name) => key.includes(name))) draw.inTurn = true;
  }
  return distinct;
}

/** Whether some generated column of a partial unique key can take a value per row (not a bool or an enum). */
function distinctPossible(table: CatalogTable, key: readonly string[], drawnColumns: ReadonlySet<string>): boolean {
  return key.some((name) => !drawnColumns.has(name) && distinctCapacity(columnNamed(table, name)) > 1);
}

/**
 * How many distinct values a column can take, roughly: in a key like (country char(2), city text) the city is the
 * one to make distinct, since two characters run out after 99 rows.
 */
function distinctCapacity(column: CatalogColumn): number {
  if (column.baseType === 'bool') return 0;
  if (column.typeKind === 'e') return 1;
  if (column.baseType === 'int2') return 4;
  return column.maxLength ?? 100;
}

async function insertRounds(database: PlanDatabase, table: CatalogTable, wanted: number, insert: PlannedInsert): Promise<number> {
  if (insert.columns.length === 0) {
    // Only server-filled columns: every row is its defaults.
    await database.run(`INSERT INTO ${table.sqlName} SELECT FROM generate_series(1, ${wanted})`);
    return wanted;
  }
  let inserted = 0;
  let next = 1;
  for (let round = 0; round < MAX_ROUNDS && inserted < wanted; round += 1) {
    const missing = wanted - inserted;
    // Spare candidates, so a CHECK that drops some rows (`shipped_at >= placed_at`) rarely needs a second round.
    const candidates = insert.filtered ? missing * 2 + 100 : missing;
    const [row] = await database.run(insert.sql(next, next + candidates - 1, missing));
    next += candidates;
    const kept = Number(row.inserted);
    inserted += kept;
    if (kept === 0) break;
  }
  if (inserted < wanted) throw checksRejected(table, wanted, inserted);
  return inserted;
}

/** Rows to evaluate each column on when looking for the one that failed: enough to meet most value errors. */
const PROBE_ROWS = 1000;

/**
 * After an INSERT failed, evaluates each generated column's expression alone over the first rows, so a value the
 * column's type refuses (a cast, a range, a domain's CHECK) is reported with the column's name rather than only
 * the table's. Undefined when every expression evaluates: the failure was a constraint, whose message names it.
 */
async function failingColumn(database: PlanDatabase, table: CatalogTable, insert: PlannedInsert, wanted: number): Promise<UsageError | undefined> {
  for (const { column, sql } of insert.expressions) {
    try {
      await database.run(`SELECT max(length(((${sql})::${column.sqlType})::text)) FROM generate_series(1, ${Math.min(wanted, PROBE_ROWS)}) AS g(i)`);
    } catch (error) {
      if (error instanceof DatabaseError) return columnFailure(table, column, `generating ${wanted} values`, error);
      throw error;
    }
  }
  return undefined;
}

function unsupportedColumn(table: CatalogTable, column: CatalogColumn): UsageError {
  return new UsageError(
    `table-rows: cannot generate values for ${table.name}.${column.name} (type ${column.sqlType}, NOT NULL, no default). Give the column a default, or fill ${table.name} with a seed file instead of table-rows.`,
  );
}

function checksRejected(table: CatalogTable, wanted: number, inserted: number): UsageError {
  const conditions = table.checks.map((check) => `CHECK ${check.expression}`);
  if (table.partitions) conditions.push(`its partitions' bounds ${table.partitions.expression}`);
  const checks = conditions.join(', ');
  return new UsageError(
    `table-rows: generated ${inserted} of ${wanted} rows for ${table.name}; the others kept failing ${checks}. Fill ${table.name} with a seed file instead, or lower its table-rows.`,
  );
}

function columnFailure(table: CatalogTable, column: CatalogColumn, doing: string, error: DatabaseError): UsageError {
  const sqlstate = error.code ? ` (SQLSTATE ${error.code})` : '';
  return new UsageError(
    `table-rows: ${table.name}.${column.name} (type ${column.sqlType}): ${doing} failed: ${error.message}${sqlstate}. Give the column a default, or fill ${table.name} with a seed file instead of table-rows.`,
  );
}

function generationFailure(table: CatalogTable, wanted: number, error: DatabaseError): UsageError {
  const sqlstate = error.code ? ` (SQLSTATE ${error.code})` : '';
  return new UsageError(
    `table-rows: generating ${wanted} rows for ${table.name} failed: ${error.message}${sqlstate}. Lower its table-rows, relax the constraint, or fill ${table.name} with a seed file instead.`,
  );
}
