import type { Analyzer, Deps } from '../core/analyzer.js';
import { toList, type Config } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import { ruleSettingsResolver } from '../core/rules/settings.js';
import { auditSavedPlans } from './audit-saved-plans.js';
import { auditSqlSetting } from './audit-sql-setting.js';
import type { MissingFeature } from './judge-plans.js';
import type { QueriesRunStats } from './queries-run-stats.js';

/**
 * The query-plan audit: saved plans (the `plan` setting) are judged as they are; SQL files (the `queries` setting)
 * are split, checked, explained statement by statement on a database (a server by URL, else the embedded one) and
 * their plans judged by the same rules.
 */
export const queriesAnalyzer: Analyzer<'queries'> = {
  name: 'queries',
  async run(config, deps) {
    const started = performance.now();
    const planEntries = settingList(config, 'plan');
    const sqlEntries = settingList(config, 'queries');
    if (planEntries.length === 0 && sqlEntries.length === 0) throw nothingToAudit(config, deps);
    const rulesFor = ruleSettingsResolver(config);
    const saved = auditSavedPlans(config.root, planEntries, rulesFor, deps.log);
    const sql = sqlEntries.length > 0 ? await auditSqlSetting(config, sqlEntries, rulesFor, deps) : undefined;
    return {
      findings: [...saved.findings, ...(sql?.findings ?? [])],
      stats: {
        plans: saved.plans + (sql?.plans ?? 0),
        // Saved EXPLAIN output does not carry the server version; a SQL audit reports the server's.
        serverVersion: sql?.serverVersion ?? null,
        ...sql?.stats,
        notRun: mergeNotRun([...saved.notRun, ...(sql?.notRun ?? [])]),
        durationMs: Math.round(performance.now() - started),
      } satisfies QueriesRunStats,
    };
  },
};

function settingList(config: Config, key: string): string[] {
  const value = config.settings[key];
  if (value === undefined) return [];
  if (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) return toList(value);
  throw new UsageError(`${key}: got ${JSON.stringify(value)}; expected a file, a glob, or a list of them.`);
}

function nothingToAudit(config: Config, deps: Deps): UsageError {
  const hasDatabase = config.settings['database-url'] !== undefined || deps.pgClient !== undefined;
  const given = hasDatabase ? 'A database is given but no SQL to explain on it. ' : '';
  return new UsageError(
    `queries: nothing to audit. ${given}Pass SQL files or globs (predator-guard queries sql/*.sql, or queries: ['sql/**/*.sql'] in .predator-guard.yml), or saved EXPLAIN (FORMAT JSON) plans with --plan FILE….`,
  );
}

/** One entry per rule, whatever number of plans lacked what it needs, sorted for a stable report. */
function mergeNotRun(missing: readonly MissingFeature[]): MissingFeature[] {
  const byRule = new Map<string, Set<MissingFeature['needs'][number]>>();
  for (const { rule, needs } of missing) {
    const known = byRule.get(rule) ?? new Set();
    needs.forEach((feature) => known.add(feature));
    byRule.set(rule, known);
  }
  return [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, needs]) => ({ rule, needs: [...needs].sort() }));
}
