import type { Deps } from '../core/analyzer.js';
import { toList, type Config } from '../core/config/config.js';
import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import { auditSqlItems } from './audit-sql-files.js';
import type { MissingFeature } from './judge-plans.js';
import { openPlanDatabase } from './open-plan-database.js';
import type { SqlAuditStats } from './queries-run-stats.js';
import { resolveInputFiles, type InputFileKind } from '../postgres/input-files.js';
import { readSqlFiles } from './read-sql-files.js';
import { readSqlAuditSettings } from './sql-audit-settings.js';
import { PARAMS_STYLES, type ParamsStyle } from './sql/parameter-styles.js';
import { pgParser } from '../postgres/sql/pg-parser.js';
import { UsageError } from '../core/config/usage-error.js';

const SQL_FILE_KIND: InputFileKind = {
  setting: 'queries',
  what: 'SQL files',
  one: 'a SQL file',
  noun: 'SQL files',
  extension: 'sql',
  example: "predator-guard queries sql/orders.sql or queries: ['sql/**/*.sql']",
};

export interface SqlSettingAudit {
  findings: Finding[];
  plans: number;
  notRun: MissingFeature[];
  serverVersion: string;
  /** What the report says about the database and how the statements were explained. */
  stats: SqlAuditStats;
}

/**
 * The `queries` setting: every SQL file is read and checked before a database is opened, so a refused statement
 * costs no connection; the database is closed whatever happens once it is open.
 */
export async function auditSqlSetting(config: Config, entries: readonly string[], rulesFor: (file: string) => RuleSettings, deps: Deps): Promise<SqlSettingAudit> {
  const parser = await pgParser();
  const items = readSqlFiles(parser, resolveInputFiles(config.root, entries, SQL_FILE_KIND), paramsStyleSetting(config.settings['params-style']));
  const { database, rowCounts } = await openPlanDatabase(config, deps);
  try {
    const embedded = database.identity.kind === 'embedded';
    const settings = { ...readSqlAuditSettings(config, embedded), ...(embedded ? { schemaFiles: schemaFileSet(config) } : {}) };
    const counted = `${items.length} ${items.length === 1 ? 'statement' : 'statements'}`;
    deps.log?.(`queries: auditing ${counted} on ${database.identity.version} at ${database.identity.location}`);
    const audit = await auditSqlItems(database, parser, items, settings, rulesFor, deps.log);
    return {
      findings: audit.findings,
      plans: audit.plans,
      notRun: audit.notRun,
      serverVersion: database.identity.version,
      stats: {
        server: database.identity.location,
        statements: items.length,
        // Present only when some statement was not explained, so a clean run's stats read as they always did.
        ...(audit.notAudited > 0 ? { notAudited: audit.notAudited } : {}),
        ...(audit.errors > 0 ? { sqlErrors: audit.errors } : {}),
        analyze: settings.analyze,
        estimateOnly: audit.estimateOnly,
        indexAdvice: audit.indexAdvice,
        ...(rowCounts ? { rowCounts } : {}),
      },
    };
  } finally {
    await database.close();
  }
}

/** `params-style`, checked whichever door it came through (the config schema lists the same values). */
export function paramsStyleSetting(value: unknown): ParamsStyle {
  if (value === undefined) return 'auto';
  if (typeof value === 'string' && (PARAMS_STYLES as readonly string[]).includes(value)) return value as ParamsStyle;
  throw new UsageError(`params-style: got ${JSON.stringify(value)}; expected one of ${PARAMS_STYLES.join(', ')} (auto reads each file's style and refuses what it cannot read for certain).`);
}

/** The schema files the embedded database loaded, by their repository-relative name. */
function schemaFileSet(config: Config): Set<string> {
  const value = config.settings.schema;
  if (value === undefined || (typeof value !== 'string' && !Array.isArray(value))) return new Set();
  return new Set(resolveInputFiles(config.root, toList(value as string | string[]), SQL_FILE_KIND).map(({ file }) => file));
}
