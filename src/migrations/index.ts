import type { Analyzer } from '../core/analyzer.js';
import { rulesOf } from '../core/rules/registry.js';
import { pgParser } from '../postgres/sql/pg-parser.js';
import { checkMigrations } from './check-migrations.js';
import { STATIC_MIGRATION_RULES } from './meta.js';
import type { MigrationsRunStats } from './migrations-run-stats.js';
import { readMigrations } from './read-migrations.js';

/**
 * The migration check: the `migrations` files, in their tool's order, read by PostgreSQL's own parser and judged
 * statement by statement by the static rules, with what the statements before them did. Nothing is applied to a
 * database yet.
 */
export const migrationsAnalyzer: Analyzer<'migrations'> = {
  name: 'migrations',
  async run(config, deps) {
    const started = performance.now();
    const files = readMigrations(await pgParser(), config, deps.log);
    const findings = checkMigrations(files, rulesOf(STATIC_MIGRATION_RULES), config);
    return {
      findings,
      stats: {
        files: files.map(({ file }) => file),
        statements: files.reduce((sum, { statements }) => sum + statements.length, 0),
        mode: 'static',
        durationMs: Math.round(performance.now() - started),
      } satisfies MigrationsRunStats,
    };
  },
};
