import type { Deps } from '../core/analyzer.js';
import type { Config } from '../core/config/config.js';
import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import { auditSqlStatements } from './audit-sql-files.js';
import type { MissingFeature } from './judge-plans.js';
import { openPlanDatabase } from './open-plan-database.js';
import type { SqlAuditStats } from './queries-run-stats.js';
import { resolveInputFiles, type InputFileKind } from '../postgres/input-files.js';
import { readSqlFiles } from './read-sql-files.js';
import { readSqlAuditSettings } from './sql-audit-settings.js';
import { pgParser } from '../postgres/sql/pg-parser.js';

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
  const statements = readSqlFiles(parser, resolveInputFiles(config.root, entries, SQL_FILE_KIND));
  const { database, rowCounts } = await openPlanDatabase(config, deps);
  try {
    const settings = readSqlAuditSettings(config, database.identity.kind === 'embedded');
    const counted = `${statements.length} ${statements.length === 1 ? 'statement' : 'statements'}`;
    deps.log?.(`queries: auditing ${counted} on ${database.identity.version} at ${database.identity.location}`);
    const audit = await auditSqlStatements(database, parser, statements, settings, rulesFor, deps.log);
    return {
      findings: audit.findings,
      plans: audit.plans,
      notRun: audit.notRun,
      serverVersion: database.identity.version,
      stats: {
        server: database.identity.location,
        statements: statements.length,
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
