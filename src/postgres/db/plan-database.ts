/**
 * What the query-plan audit needs from a PostgreSQL: a server reached by URL (node-postgres) and the embedded
 * default (PGlite) both implement it, so statements, EXPLAIN scripts and index verification never know which one
 * they talk to.
 */
export interface PlanDatabase {
  readonly identity: DatabaseIdentity;
  /**
   * Settings the engine itself runs with, not chosen by the application (PGlite has no parallel workers and its own
   * search_path). A plan's `Settings` lists them as non-default, so the audit leaves them out of its findings.
   */
  readonly engineSettings?: readonly string[];
  /**
   * Sends one command over the simple query protocol (no parameters, so `$1` stays text for PREPARE and
   * GENERIC_PLAN) and returns its rows. A server error is thrown as a DatabaseError.
   */
  run(sql: string): Promise<Record<string, unknown>[]>;
  /** A parameterised read, for the catalog (pg_indexes, pg_stats, …). A server error is thrown as a DatabaseError. */
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export interface DatabaseIdentity {
  kind: 'server' | 'embedded';
  /** `PostgreSQL 15.18`, `PostgreSQL 18.6 (PGlite 0.5.16)`. */
  version: string;
  /** `server_version_num`, e.g. 150018. */
  versionNum: number;
  /** Where, never with a password: `postgres://app@db.internal:5432/app` or `PGlite (in-process)`. */
  location: string;
}

/** A server's error, reduced to what a message needs: the text, the SQLSTATE, and where in the command. */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** 1-based character offset in the command, when the server gave one. */
    readonly position: number | undefined,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}
