import { DatabaseError, type PlanDatabase } from '../../postgres/db/plan-database.js';
import { quoted } from '../../postgres/embedded/quote-identifier.js';
import type { SchemaStep } from '../../postgres/schema/schema-file.js';
import type { SchemaTarget } from '../../postgres/schema/schema-target.js';
import type { MigrationStatement } from '../migration-statement.js';
import type { MigrationFile } from '../read-migrations.js';
import { measureStatement } from './measure-statement.js';
import { outsideTransaction, type OutsideTransaction } from './outside-transaction.js';
import type { StatementMeasurement } from './statement-measurement.js';

/** The database migrations are measured on, and how a file becomes part of the "before" of the next one. */
export interface MeasuringDatabase {
  database: PlanDatabase & Partial<SchemaTarget>;
  /** Where the figures come from, for the finding's data. */
  measuredOn: string;
  /**
   * The embedded database: applies a file for good once it was measured (and fills the tables it created), so the
   * next file runs against it. Absent for a server, whose current schema is the "before": there every checked file
   * runs in one transaction, rolled back at the end, and nothing is ever committed.
   */
  applyForGood?(file: MigrationFile): Promise<void>;
  /** The `table-rows` names no applied migration created, so nothing was filled for them (a typo, most often). */
  unfilledTables?(): string[];
}

export interface MigrationMeasurements {
  byStatement: Map<MigrationStatement, StatementMeasurement>;
  measuredOn: string;
  /** Statements measured, and statements that could not be. */
  measured: number;
  notMeasured: number;
  /** Why measuring stopped before the last checked file, when it did (a migration the database refused to load). */
  stopped?: string;
}

const SAVEPOINT = 'predator_guard_statement';
/** How long a statement waits for a lock on a server before it is reported as refused; a migration's own SET wins. */
const SERVER_LOCK_TIMEOUT = '30s';

/**
 * Applies each checked migration in a transaction on a database holding the schema before it, one statement at a
 * time under a savepoint (a statement the database refuses is recorded and undone, and the rest of the file is still
 * measured), and rolls the transaction back. The migration's own BEGIN/COMMIT are not sent: the measurement owns the
 * transaction. `carriesOver(file)` says whether tables created by the file before stay "new" in this one (files
 * the change adds, one after another), as the static rules see it.
 */
export async function measureMigrations(
  target: MeasuringDatabase,
  files: readonly MigrationFile[],
  isChecked: (file: string) => boolean,
  carriesOver: (file: string) => boolean,
  log?: (line: string) => void,
): Promise<MigrationMeasurements> {
  const result: MigrationMeasurements = { byStatement: new Map(), measuredOn: target.measuredOn, measured: 0, notMeasured: 0 };
  const { database } = target;
  const lastChecked = files.findLastIndex(({ file }) => isChecked(file));
  const created = new Set<string>();
  const oneTransaction = target.applyForGood === undefined;
  if (oneTransaction) {
    await database.run('BEGIN');
    // Another session on the server (a job sharing it) could hold a lock the DDL waits for forever.
    await database.run(`SET LOCAL lock_timeout = '${SERVER_LOCK_TIMEOUT}'`);
  }
  try {
    for (const [index, file] of files.entries()) {
      if (index > lastChecked) break;
      if (!carriesOver(file.file)) created.clear();
      if (isChecked(file.file)) {
        if (!oneTransaction) await database.run('BEGIN');
        try {
          await measureFile(database, file, created, result, !oneTransaction);
        } finally {
          if (!oneTransaction) await database.run('ROLLBACK');
        }
      }
      if (target.applyForGood && index < lastChecked) {
        try {
          await target.applyForGood(file);
        } catch (error) {
          result.stopped = `${file.file} did not load (${error instanceof Error ? error.message : String(error)}); the migrations after it were not measured`;
          log?.(`migrations: ${result.stopped}`);
          break;
        }
      }
    }
  } finally {
    if (oneTransaction) await database.run('ROLLBACK');
  }
  return result;
}

async function measureFile(database: MeasuringDatabase['database'], file: MigrationFile, created: Set<string>, result: MigrationMeasurements, generatedRows: boolean): Promise<void> {
  for (const [index, statement] of file.statements.entries()) {
    // The migration's BEGIN, COMMIT and savepoints would end or split the measurement's own transaction.
    if (statement.kind === 'TransactionStmt') continue;
    const step = file.schema.steps[index];
    const outside = outsideTransaction(statement);
    let measurement: StatementMeasurement;
    if (outside) measurement = await notInTransaction(database, outside);
    else if (step === undefined || (step.kind === 'copy' && !database.copyRows)) measurement = { measured: false, reason: 'its COPY rows cannot be sent to a server' };
    else measurement = await measureInSavepoint(database, step, created, generatedRows);
    result.byStatement.set(statement, measurement);
    if (measurement.measured) result.measured += 1;
    else result.notMeasured += 1;
  }
}

async function measureInSavepoint(database: MeasuringDatabase['database'], step: SchemaStep, created: Set<string>, generatedRows: boolean): Promise<StatementMeasurement> {
  const first = await attempt(database, step, created);
  if (!(first instanceof DatabaseError)) return first;
  const table = brokenTable(first, generatedRows);
  if (table !== undefined) {
    const again = await attempt(database, step, created, table);
    if (!(again instanceof DatabaseError)) return again;
  }
  return { measured: false, reason: `${database.name ?? 'the server'} refused it: ${first.message}` };
}

/**
 * One try under a savepoint: the measurement, or the database's error with everything undone. `emptying` names a
 * table whose rows are deleted first (without firing its triggers or its children's foreign keys).
 */
async function attempt(database: MeasuringDatabase['database'], step: SchemaStep, created: Set<string>, emptying?: string): Promise<StatementMeasurement | DatabaseError> {
  await database.run(`SAVEPOINT ${SAVEPOINT}`);
  try {
    if (emptying !== undefined) {
      await database.run('SET LOCAL session_replication_role = replica');
      await database.run(`DELETE FROM ${quoted(emptying)}`);
      await database.run('SET LOCAL session_replication_role = origin');
    }
    const { measurement, created: made } = await measureStatement(database, () => runStep(database, step), (relation) => created.has(relation));
    await database.run(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    for (const relation of made) created.add(relation);
    if (emptying === undefined) return measurement;
    const tables = measurement.tables.map((table) => (table.name === emptying ? { ...table, rows: 0, bytes: 0 } : table));
    return { ...measurement, tables, emptied: [emptying] };
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    await database.run(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    return error;
  }
}

/** `insert or update on table "orders" violates …`, `check constraint "c" of relation "orders" is violated by some row`. */
const BROKEN_TABLE = /\b(?:table|relation) "((?:[^"]|"")+)"/;

/**
 * The table whose generated rows break the constraint a statement adds (SQLSTATE class 23, an integrity violation),
 * on the embedded database only: a server's rows are its own, and are never deleted.
 */
function brokenTable(error: DatabaseError, generatedRows: boolean): string | undefined {
  if (!generatedRows || !error.code?.startsWith('23')) return undefined;
  return BROKEN_TABLE.exec(error.message)?.[1];
}

/** Runs the statement without CONCURRENTLY so later statements find the index, and reports the documented lock. */
async function notInTransaction(database: MeasuringDatabase['database'], outside: OutsideTransaction): Promise<StatementMeasurement> {
  let tables = outside.documented?.tables ?? [];
  await database.run(`SAVEPOINT ${SAVEPOINT}`);
  try {
    if (outside.indexName) {
      const [row] = await database.query('SELECT i.indrelid::regclass::text AS table FROM pg_catalog.pg_index i WHERE i.indexrelid = pg_catalog.to_regclass($1)', [outside.indexName]);
      if (row) tables = [String(row.table)];
    }
    if (outside.sameChangeSql) await database.run(outside.sameChangeSql);
    await database.run(`RELEASE SAVEPOINT ${SAVEPOINT}`);
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    await database.run(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  }
  return { measured: false, reason: outside.reason, ...(outside.documented ? { documented: { mode: outside.documented.mode, tables } } : {}) };
}

function runStep(database: MeasuringDatabase['database'], step: SchemaStep): Promise<unknown> {
  if (step.kind === 'copy' && database.copyRows) return database.copyRows(step.readingFile, step.data.text);
  return database.run(step.statement.sql);
}
