import { UsageError } from '../../core/config/usage-error.js';
import type { PlanDatabase } from '../../postgres/db/plan-database.js';

export const VERIFY_INDEXES_SETTINGS = ['auto', 'hypopg', 'transaction', 'off'] as const;
export type VerifyIndexesSetting = (typeof VERIFY_INDEXES_SETTINGS)[number];

/** How candidates are checked by the planner on this database, or why they cannot be. */
export type Verification = { mode: 'hypopg' | 'transaction' } | { mode: 'unverifiable'; reason: string } | { mode: 'off' };

const PROBE_SQL = `SELECT pg_catalog.pg_is_in_recovery() AS standby,
  EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'hypopg') AS hypopg`;

const probes = new WeakMap<PlanDatabase, Promise<Record<string, unknown>>>();

/**
 * Decides the verification mode once per database. `auto` uses HypoPG only when the extension is already installed:
 * creating an extension on a shared database is a change nobody asked for. Without it, auto falls back to
 * transaction mode (build the index inside a transaction, EXPLAIN, roll back), which a hot standby cannot do, so
 * there the advice is reported as not verified instead of failing the run.
 */
export async function resolveVerification(database: PlanDatabase, setting: VerifyIndexesSetting): Promise<Verification> {
  if (setting === 'off') return { mode: 'off' };
  let probe = probes.get(database);
  if (!probe) {
    probe = database.query(PROBE_SQL).then(([row]) => row ?? {});
    probes.set(database, probe);
  }
  const { standby, hypopg } = await probe;
  if (setting === 'hypopg' && hypopg !== true) {
    throw new UsageError(
      `verify-indexes: hypopg, but the hypopg extension is not installed in the database at ${database.identity.location}. ` +
        'Install it (CREATE EXTENSION hypopg; Debian/Ubuntu package postgresql-<major>-hypopg), or set verify-indexes: auto to verify in a rolled-back transaction instead.',
    );
  }
  if (setting !== 'transaction' && hypopg === true) return { mode: 'hypopg' };
  if (standby === true) return { mode: 'unverifiable', reason: 'read-only server' };
  return { mode: 'transaction' };
}

/** The `verify-indexes` setting from any door (config file, flag, action input), checked once. */
export function readVerifyIndexesSetting(value: unknown): VerifyIndexesSetting {
  if (value === undefined) return 'auto';
  const known: readonly unknown[] = VERIFY_INDEXES_SETTINGS;
  if (known.includes(value)) return value as VerifyIndexesSetting;
  throw new UsageError(
    `verify-indexes: got ${JSON.stringify(value)}; expected one of ${VERIFY_INDEXES_SETTINGS.join(', ')}. ` +
      'auto uses HypoPG when the extension is installed and otherwise builds the index in a rolled-back transaction; off turns index advice off.',
  );
}
