/**
 * What a migrations run reports in `runs[].stats`; renderers read it back from the report (which may be a saved JSON
 * file), so this is the contract between the analyzer and the outputs.
 */
export interface MigrationsRunStats {
  /** The migration files checked, in the order their tool applies them. */
  files: string[];
  /** Statements read from them. */
  statements: number;
  /**
   * `measured`: the checked migrations were applied in a rolled-back transaction and their locks and rewrites read
   * from the database; `static`: the rules read the SQL only (no migration to apply, `measure-migrations: false`, or the
   * database could not start).
   */
  mode: 'static' | 'measured';
  /** Where the figures come from: `generated rows in the embedded database (PostgreSQL 18.6 (PGlite 0.5.16))`, `the server …`. */
  measuredOn?: string;
  /** Statements applied and measured, and statements that could not be (CONCURRENTLY, refused by the database). */
  measuredStatements?: number;
  notMeasured?: number;
  /** Why the run is static, or stopped measuring early. */
  note?: string;
  durationMs: number;
}

export const MIGRATIONS_RUN_STATS_SCHEMA = {
  type: 'object',
  required: ['files', 'statements', 'mode', 'durationMs'],
  properties: {
    files: { type: 'array', items: { type: 'string' } },
    statements: { type: 'integer' },
    mode: { enum: ['static', 'measured'] },
    measuredOn: { type: 'string' },
    measuredStatements: { type: 'integer' },
    notMeasured: { type: 'integer' },
    note: { type: 'string' },
    durationMs: { type: 'number' },
  },
};
