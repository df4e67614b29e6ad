import type { AnalyzerMeta } from '../core/analyzer.js';
import { stringList } from '../core/config/schema-fragments.js';
import { ruleRegistry, type RuleRegistry } from '../core/rules/registry.js';
import { MIGRATIONS_RUN_STATS_SCHEMA } from './migrations-run-stats.js';
import { addRequiredColumn } from './rules/add-required-column.js';
import { charColumn } from './rules/char-column.js';
import { columnTypeChange } from './rules/column-type-change.js';
import { concurrentlyInTransaction } from './rules/concurrently-in-transaction.js';
import { constraintWithoutNotValid } from './rules/constraint-without-not-valid.js';
import { domainConstraint } from './rules/domain-constraint.js';
import { dropColumn } from './rules/drop-column.js';
import { dropDatabase } from './rules/drop-database.js';
import { dropNotNull } from './rules/drop-not-null.js';
import { dropTable } from './rules/drop-table.js';
import { enumValueWithoutPosition } from './rules/enum-value-without-position.js';
import { identifierTooLong } from './rules/identifier-too-long.js';
import { generatedColumnRewrite } from './rules/generated-column-rewrite.js';
import { intKey } from './rules/int-key.js';
import { migrationEdited } from './rules/migration-edited.js';
import { missingLockTimeout } from './rules/missing-lock-timeout.js';
import { missingStatementTimeout } from './rules/missing-statement-timeout.js';
import { nonConcurrentDetachPartition } from './rules/non-concurrent-detach-partition.js';
import { nonConcurrentDropIndex } from './rules/non-concurrent-drop-index.js';
import { nonConcurrentIndex } from './rules/non-concurrent-index.js';
import { nonConcurrentReindex } from './rules/non-concurrent-reindex.js';
import { nonIdempotentStatement } from './rules/non-idempotent-statement.js';
import { renameColumn } from './rules/rename-column.js';
import { renameTable } from './rules/rename-table.js';
import { serialColumn } from './rules/serial-column.js';
import { setNotNullScan } from './rules/set-not-null-scan.js';
import { tableRewrite } from './rules/table-rewrite.js';
import { timestampWithoutTimeZone } from './rules/timestamp-without-time-zone.js';
import { transactionNesting } from './rules/transaction-nesting.js';
import { truncateCascade } from './rules/truncate-cascade.js';
import { uncommittedTransaction } from './rules/uncommitted-transaction.js';
import { uniqueConstraintWithoutIndex } from './rules/unique-constraint-without-index.js';
import { vacuumFull } from './rules/vacuum-full.js';
import { varcharLength } from './rules/varchar-length.js';
import { volatileColumnDefault } from './rules/volatile-column-default.js';

/** The rules that read a migration's SQL, alphabetically, one line each. */
export const STATIC_MIGRATION_RULES = ruleRegistry({
  'add-required-column': addRequiredColumn,
  'char-column': charColumn,
  'column-type-change': columnTypeChange,
  'concurrently-in-transaction': concurrentlyInTransaction,
  'constraint-without-not-valid': constraintWithoutNotValid,
  'domain-constraint': domainConstraint,
  'drop-column': dropColumn,
  'drop-database': dropDatabase,
  'drop-not-null': dropNotNull,
  'drop-table': dropTable,
  'enum-value-without-position': enumValueWithoutPosition,
  'generated-column-rewrite': generatedColumnRewrite,
  'identifier-too-long': identifierTooLong,
  'int-key': intKey,
  'migration-edited': migrationEdited,
  'missing-lock-timeout': missingLockTimeout,
  'missing-statement-timeout': missingStatementTimeout,
  'non-concurrent-detach-partition': nonConcurrentDetachPartition,
  'non-concurrent-drop-index': nonConcurrentDropIndex,
  'non-concurrent-index': nonConcurrentIndex,
  'non-concurrent-reindex': nonConcurrentReindex,
  'non-idempotent-statement': nonIdempotentStatement,
  'rename-column': renameColumn,
  'rename-table': renameTable,
  'serial-column': serialColumn,
  'set-not-null-scan': setNotNullScan,
  'timestamp-without-time-zone': timestampWithoutTimeZone,
  'transaction-nesting': transactionNesting,
  'truncate-cascade': truncateCascade,
  'uncommitted-transaction': uncommittedTransaction,
  'unique-constraint-without-index': uniqueConstraintWithoutIndex,
  'vacuum-full': vacuumFull,
  'varchar-length': varcharLength,
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
    // Described once, by the action input of the same name (see render/config-reference.ts).
    'measure-migrations': { type: 'boolean' },
  },
  statsSchema: MIGRATIONS_RUN_STATS_SCHEMA,
  readsFile: (file: string) => file.toLowerCase().endsWith('.sql'),
} satisfies AnalyzerMeta<'migrations'>;

export type { MigrationsRunStats } from './migrations-run-stats.js';
