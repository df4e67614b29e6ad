/**
 * What a migrations run reports in `runs[].stats`; renderers read it back from the report (which may be a saved JSON
 * file), so this is the contract between the analyzer and the outputs.
 */
export interface MigrationsRunStats {
  /** The migration files checked, in the order their tool applies them. */
  files: string[];
  /** Statements read from them. */
  statements: number;
  /** `static`: the rules read the SQL; nothing was applied to a database. */
  mode: 'static';
  durationMs: number;
}

export const MIGRATIONS_RUN_STATS_SCHEMA = {
  type: 'object',
  required: ['files', 'statements', 'mode', 'durationMs'],
  properties: {
    files: { type: 'array', items: { type: 'string' } },
    statements: { type: 'integer' },
    mode: { enum: ['static'] },
    durationMs: { type: 'number' },
  },
};
