import type { Analyzer } from '../core/analyzer.js';
import { rulesOf } from '../core/rules/registry.js';
import { pgParser } from '../postgres/sql/pg-parser.js';
import { checkMigrations } from './check-migrations.js';
import { measureCheckedMigrations } from './measure/measure-checked.js';
import { MEASURED_MIGRATION_RULES, STATIC_MIGRATION_RULES } from './meta.js';
import type { MigrationsRunStats } from './migrations-run-stats.js';
import { readMigrations } from './read-migrations.js';

/**
 * The migration check: the `migrations` files, in their tool's order, read by PostgreSQL's own parser and judged
 * statement by statement by the static rules, with what the statements before them did; then the checked ones are
 * applied in a rolled-back transaction (the embedded database, or the throwaway server `database-url` names) and
 * what each statement locked and rewrote joins the findings.
 */
export const migrationsAnalyzer: Analyzer<'migrations'> = {
  name: 'migrations',
  async run(config, deps) {
    const started = performance.now();
    const parser = await pgParser();
    const files = readMigrations(parser, config, deps.log);
    const measuring = await measureCheckedMigrations(config, deps, parser, files);
    const findings = checkMigrations(files, rulesOf(STATIC_MIGRATION_RULES), config, measuring.measurements ? { measurements: measuring.measurements, rules: rulesOf(MEASURED_MIGRATION_RULES) } : undefined);
    const { measurements, note } = measuring;
    return {
      findings,
      stats: {
        files: files.map(({ file }) => file),
        statements: files.reduce((sum, { statements }) => sum + statements.length, 0),
        mode: measurements ? 'measured' : 'static',
        ...(measurements ? { measuredOn: measurements.measuredOn, measuredStatements: measurements.measured, notMeasured: measurements.notMeasured } : {}),
        ...(note ? { note } : {}),
        durationMs: Math.round(performance.now() - started),
      } satisfies MigrationsRunStats,
    };
  },
};
