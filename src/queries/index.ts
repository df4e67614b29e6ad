import { readFileSync } from 'node:fs';
import type { Analyzer } from '../core/analyzer.js';
import { toList, type Config } from '../core/config.js';
import { UsageError } from '../core/config-error.js';
import type { Finding } from '../core/finding.js';
import { ruleSettingsResolver } from '../review/rule-settings.js';
import { auditPlanFile, type MissingFeature } from './audit-plan-file.js';
import { resolvePlanFiles } from './plan/plan-files.js';

/**
 * The query-plan audit of saved plans: every file of the `plan` setting is read, normalised and judged by the plan
 * rules, without a database. SQL files and a database URL belong to the database audit, which a later version
 * adds beside this path; until then they are refused rather than ignored, so nobody believes SQL was audited.
 */
export const queriesAnalyzer: Analyzer = {
  name: 'queries',
  async run(config, deps) {
    const started = performance.now();
    const planEntries = settingList(config, 'plan');
    refuseDatabaseInputs(config, planEntries.length > 0);
    const resolveRules = ruleSettingsResolver(config);
    const findings: Finding[] = [];
    const notRun = new Map<string, Set<string>>();
    let plans = 0;
    for (const { absolute, file } of resolvePlanFiles(config.root, planEntries)) {
      deps.log?.(`queries: auditing the saved plan ${file}`);
      const audit = auditPlanFile(file, readPlanText(absolute, file), resolveRules(file));
      findings.push(...audit.findings);
      plans += audit.plans.length;
      for (const missing of audit.notRun) addMissing(notRun, missing);
    }
    return {
      findings,
      stats: {
        plans,
        // EXPLAIN output does not carry the server version; the database audit will report it from the server.
        serverVersion: null,
        notRun: [...notRun].sort(([a], [b]) => a.localeCompare(b)).map(([rule, needs]) => ({ rule, needs: [...needs].sort() })),
        durationMs: Math.round(performance.now() - started),
      },
    };
  },
};

function settingList(config: Config, key: string): string[] {
  const value = config.settings[key];
  if (value === undefined) return [];
  if (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) return toList(value);
  throw new UsageError(`${key}: got ${JSON.stringify(value)}; expected a file, a glob, or a list of them.`);
}

function refuseDatabaseInputs(config: Config, hasPlans: boolean): void {
  const sql = settingList(config, 'queries');
  if (sql.length > 0) {
    throw new UsageError(
      `queries: auditing SQL files (${sql.join(', ')}) needs the database audit, which is not available in this version. ` +
        'Save the plans with EXPLAIN (ANALYZE, BUFFERS, SETTINGS, FORMAT JSON) and pass them with --plan FILE… (the plan setting).',
    );
  }
  if (hasPlans) return;
  if (config.settings['database-url'] !== undefined) {
    throw new UsageError('database-url: the database audit is not available in this version. Audit saved plans instead with --plan FILE… (the plan setting).');
  }
  throw new UsageError('queries: nothing to audit. Pass saved EXPLAIN (FORMAT JSON) files with --plan FILE… or set plan: [files or globs] in .predator-guard.yml.');
}

function readPlanText(absolute: string, file: string): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`plan: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the file's permissions.`);
  }
}

function addMissing(notRun: Map<string, Set<string>>, missing: MissingFeature): void {
  const needs = notRun.get(missing.rule) ?? new Set<string>();
  missing.needs.forEach((feature) => needs.add(feature));
  notRun.set(missing.rule, needs);
}
