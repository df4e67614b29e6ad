import type { AnalyzerMeta } from '../core/analyzer.js';
import { stringList } from '../core/config/schema-fragments.js';
import { ruleRegistry, type RuleRegistry } from '../core/rules/registry.js';
import { MIGRATIONS_RUN_STATS_SCHEMA } from './migrations-run-stats.js';
import { columnTypeChange } from './rules/column-type-change.js';
import { concurrentlyInTransaction } from './rules/concurrently-in-transaction.js';
import { constraintWithoutNotValid } from './rules/constraint-without-not-valid.js';
import { dropColumn } from './rules/drop-column.js';
import { dropDatabase } from './rules/drop-database.js';
import { dropTable } from './rules/drop-table.js';
import { identifierTooLong } from './rules/identifier-too-long.js';
import { missingLockTimeout } from './rules/missing-lock-timeout.js';
import { nonConcurrentDropIndex } from './rules/non-concurrent-drop-index.js';
import { nonConcurrentIndex } from './rules/non-concurrent-index.js';
import { renameColumn } from './rules/rename-column.js';
import { renameTable } from './rules/rename-table.js';
import { setNotNullScan } from './rules/set-not-null-scan.js';
import { tableRewrite } from './rules/table-rewrite.js';
import { transactionNesting } from './rules/transaction-nesting.js';
import { uniqueConstraintWithoutIndex } from './rules/unique-constraint-without-index.js';
import { volatileColumnDefault } from './rules/volatile-column-default.js';

/** The rules that read a migration's SQL, alphabetically, one line each. */
export const STATIC_MIGRATION_RULES = ruleRegistry({
  'column-type-change': columnTypeChange,
  'concurrently-in-transaction': concurrentlyInTransaction,
  'constraint-without-not-valid': constraintWithoutNotValid,
  'drop-column': dropColumn,
  'drop-database': dropDatabase,
  'drop-table': dropTable,
  'identifier-too-long': identifierTooLong,
  'missing-lock-timeout': missingLockTimeout,
  'non-concurrent-drop-index': nonConcurrentDropIndex,
  'non-concurrent-index': nonConcurrentIndex,
  'rename-column': renameColumn,
  'rename-table': renameTable,
  'set-not-null-scan': setNotNullScan,
  'transaction-nesting': transactionNesting,
  'unique-constraint-without-index': uniqueConstraintWithoutIndex,
  'volatile-column-default': volatileColumnDefault,
});

/** The rules that read what applying a migration did (locks, rewrites): only a measured run reports them. */
export const MEASURED_MIGRATION_RULES = ruleRegistry({
  'table-rewrite': tableRewrite,
});

/**
 * The catalog's one family of migration rules, static and measured together, by id: they are one list to users
 * (docs, config, SARIF), and one folder, rules/, whatever each reads.
 */
const MIGRATION_RULES = byId({ ...STATIC_MIGRATION_RULES, ...MEASURED_MIGRATION_RULES });

function byId<Registry extends RuleRegistry>(registry: Registry): Registry {
  return Object.fromEntries(Object.entries(registry).sort(([a], [b]) => a.localeCompare(b))) as Registry;
}

/** What the rest of the program knows of the migration check without loading it (no parser). */
export const migrationsMeta = {
  name: 'migrations',
  families: { ddl: MIGRATION_RULES },
  settings: {
    migrations: stringList('SQL migration files or globs, checked in the order their tool applies them.'),
  },
  statsSchema: MIGRATIONS_RUN_STATS_SCHEMA,
  readsFile: (file: string) => file.toLowerCase().endsWith('.sql'),
} satisfies AnalyzerMeta<'migrations'>;

export type { MigrationsRunStats } from './migrations-run-stats.js';
