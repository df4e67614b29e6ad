import { defaultConfig } from '../../../src/core/config/config.js';
import type { Finding } from '../../../src/core/finding.js';
import { ruleSettingsResolver } from '../../../src/core/rules/settings.js';
import type { PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import type { PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { splitSqlFile } from '../../../src/postgres/sql/split-sql-file.js';
import { auditSqlStatements, type SqlAudit } from '../../../src/queries/audit-sql-files.js';
import { readSqlAuditSettings } from '../../../src/queries/sql-audit-settings.js';
import { auditableStatement } from '../../../src/queries/sql/auditable-statement.js';
import type { AdviceBackend } from './index-advice-cases.js';

/**
 * A table whose rows carry a wide text beside a small key, vacuumed so the planner can read an index alone (an
 * index-only scan): a range over most keys is cheap through an index on the key alone, but not through an index
 * that also holds the wide text, which is as large as the table.
 */
const WIDE_SCHEMA = [
  'CREATE TABLE wide (id int PRIMARY KEY, account_id int NOT NULL, payload text NOT NULL)',
  // VACUUM marks a page all-visible only once the insert's commit is flushed, which the throwaway cluster's
  // synchronous_commit = off leaves to later.
  'SET synchronous_commit = on',
  `INSERT INTO wide SELECT i, i % 1000, repeat(md5(i::text), 12) FROM generate_series(1, 40000) AS i`,
  'VACUUM ANALYZE wide',
  'RESET synchronous_commit',
];

const WORKLOAD = `-- name: AccountPayload :one
SELECT id FROM wide WHERE account_id = 7 AND payload = 'none';

-- name: ActiveAccounts :many
SELECT account_id FROM wide WHERE account_id < 800;

SELECT id FROM wide WHERE account_id = 9;
`;

/** The workload's index advice as the SQL-file flow gives it, on any database. */
export async function auditWorkload(database: PlanDatabase, parser: PgParser, setting: string, file: string, sql: string): Promise<SqlAudit> {
  const config = { ...defaultConfig('/repo'), settings: { 'verify-indexes': setting }, rules: {} };
  const statements = splitSqlFile(parser, file, sql).map((statement) => auditableStatement(parser, statement));
  return auditSqlStatements(database, parser, statements, readSqlAuditSettings(config, false), ruleSettingsResolver(config));
}

export function adviceOf(audit: SqlAudit): Finding[] {
  return audit.findings.filter((finding) => finding.rule === 'missing-index');
}

/** The workload merge cases every database must pass: a longer index serves a statement only when its planner says so. */
export function workloadAdviceCases(backend: AdviceBackend): void {
  beforeAll(async () => {
    for (const command of WIDE_SCHEMA) await backend.database().run(command);
  }, 120_000);
  afterAll(async () => {
    await backend.database().run('DROP TABLE wide');
  });

  it('merges a statement into a longer index when the planner takes that index for it with the cost cut', async () => {
    const sql = WORKLOAD.replace('-- name: ActiveAccounts :many\nSELECT account_id FROM wide WHERE account_id < 800;\n', '');
    const audit = await auditWorkload(backend.database(), backend.parser(), backend.setting, 'sql/wide.sql', sql);
    const advice = adviceOf(audit);
    // Account 9's 40 rows are found through the longer index as well as through its own.
    expect(advice.map(({ line, severity, suggestion, data }) => ({ line, severity, suggestion, alsoServes: data?.alsoServes }))).toEqual([
      { line: 2, severity: 'warning', suggestion: 'CREATE INDEX CONCURRENTLY idx_wide_account_id_payload ON wide (account_id, payload)', alsoServes: ['sql/wide.sql:5'] },
    ]);
    expect(advice[0].message).toMatch(/^AccountPayload: Index wide \(account_id, payload\) cuts the plan cost .*\. The plan reads wide with a Seq Scan\. The planner takes the same index for sql\/wide\.sql:5 too\.$/);
    // Two statements advised on their own, then one check of the shorter suggestion with the longer index.
    expect(audit.indexAdvice).toEqual({ candidates: 2, plannerCalls: 3, kept: 2, skipped: 0 });
  });

  it('keeps both suggestions where the longer index does not serve the shorter one\'s statement', async () => {
    const audit = await auditWorkload(backend.database(), backend.parser(), backend.setting, 'sql/wide.sql', WORKLOAD);
    const advice = adviceOf(audit);
    expect(advice.map(({ line, severity, suggestion, data }) => ({ line, severity, suggestion, alsoServes: data?.alsoServes }))).toEqual([
      { line: 2, severity: 'warning', suggestion: 'CREATE INDEX CONCURRENTLY idx_wide_account_id_payload ON wide (account_id, payload)', alsoServes: undefined },
      // Reading 80% of the keys through an index as large as the table saves too little, so (account_id) stays; the
      // statement on account 9 asked for the same index, which serves it without asking the planner again.
      { line: 5, severity: 'warning', suggestion: 'CREATE INDEX CONCURRENTLY idx_wide_account_id ON wide (account_id)', alsoServes: ['sql/wide.sql:7'] },
    ]);
    expect(advice[0].message).toMatch(/^AccountPayload: Index wide \(account_id, payload\) cuts the plan cost .*\. The plan reads wide with a Seq Scan\.$/);
    expect(advice[1].message).toMatch(/^ActiveAccounts: Index wide \(account_id\) cuts the plan cost .*\. The plan reads wide with a Seq Scan\. The planner takes the same index for sql\/wide\.sql:7 too\.$/);
    // Three statements advised on their own, then one check of (account_id) with the longer index.
    expect(audit.indexAdvice).toEqual({ candidates: 3, plannerCalls: 4, kept: 3, skipped: 0 });
  });
}
