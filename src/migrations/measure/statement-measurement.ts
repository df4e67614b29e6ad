import type { LockMode } from '../lock-modes.js';

/** A lock a statement took on a relation that held data before it (not one it created). */
export interface MeasuredLock {
  relation: string;
  kind: 'table' | 'index' | 'other';
  mode: LockMode;
}

/** A table a statement locked or rewrote, with its size before the statement as the catalog gave it. */
export interface MeasuredTable {
  name: string;
  rows: number;
  bytes: number;
}

/** What applying one statement showed. */
export interface Measured {
  measured: true;
  /** Locks its own backend took during the statement (pg_locks before and after, this session only). */
  locks: MeasuredLock[];
  /**
   * The strongest lock the transaction already held on each table that held data, from the statements before it:
   * a statement needs no new lock on a table an earlier one locked as strongly, and keeps it held longer.
   */
  heldBefore: MeasuredLock[];
  /** Tables and indexes that held data whose relfilenode changed: their files were rewritten. */
  rewritten: string[];
  /** Sizes of the tables locked or rewritten, before the statement. */
  tables: MeasuredTable[];
  durationMs: number;
  /**
   * Tables emptied before the statement ran again, because their generated rows broke the constraint it adds (the
   * generator fills columns from the constraints that existed when the rows were made). Locks and rewrites are the
   * statement's; its time is that of an empty table.
   */
  emptied?: string[];
}

/** Why a statement was not measured, and the lock PostgreSQL's documentation gives it when that is known. */
export interface NotMeasured {
  measured: false;
  reason: string;
  documented?: { mode: LockMode; tables: string[] };
}

export type StatementMeasurement = Measured | NotMeasured;

/** Where the figures come from, in the finding's data: never a production estimate. */
export interface MeasurementSource {
  /** `generated rows in the embedded database (PostgreSQL 18.6 (PGlite 0.5.16))`, `the server postgres://…`. */
  measuredOn: string;
}
