import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../../src/core/config/config.js';
import { auditSqlStatements } from '../../../src/queries/audit-sql-files.js';
import type { PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import { PgliteDatabase } from '../../../src/postgres/embedded/pglite-database.js';
import { startPglite } from '../../../src/postgres/embedded/start-pglite.js';
import { readSqlAuditSettings } from '../../../src/queries/sql-audit-settings.js';
import { auditableStatement } from '../../../src/queries/sql/auditable-statement.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { splitSqlFile } from '../../../src/postgres/sql/split-sql-file.js';
import { ruleSettingsResolver } from '../../../src/core/rules/settings.js';
import { adviseOn, createAdviceTables, publicIndexes } from './advice-fixture.js';
import { indexAdviceCases } from './index-advice-cases.js';

let database: PlanDatabase;
let parser: PgParser;

beforeAll(async () => {
  parser = await pgParser();
  // The embedded database as the audit starts it (from the run's cached data directory when there is one).
  database = await PgliteDatabase.over(await startPglite());
  await createAdviceTables(database);
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe('index advice on PGlite (no HypoPG: auto verifies in a rolled-back transaction)', () => {
  indexAdviceCases({ database: () => database, parser: () => parser, setting: 'auto', mode: 'transaction' });

  it('refuses verify-indexes: hypopg where the extension is missing, naming the fix', async () => {
    await expect(adviseOn(database, parser, 'SELECT * FROM orders WHERE customer_id = 42', { verifyIndexes: 'hypopg' })).rejects.toThrow(
      'verify-indexes: hypopg, but the hypopg extension is not installed in the database at PGlite (in-process). ' +
        'Install it (CREATE EXTENSION hypopg; Debian/Ubuntu package postgresql-<major>-hypopg), or set verify-indexes: auto to verify in a rolled-back transaction instead.',
    );
  });

  it('reports exactly what the example of docs/rules/missing-index.md says', async () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/rules/missing-index.md', import.meta.url)), 'utf8');
    const example = /```sql file=(\S+)\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## Example')));
    expect(example).not.toBeNull();
    const [, file, sql, expected] = example ?? [];
    const reported: string[] = [];
    for (const statement of splitSqlFile(parser, file, sql)) {
      const { advice } = await adviseOn(database, parser, statement.sql, {}, statement);
      for (const finding of advice.findings) {
        reported.push(`${finding.file}:${finding.line}:${finding.column} ${finding.message}`);
        if (finding.suggestion) reported.push(`  ${finding.suggestion}`);
      }
    }
    expect(reported).toEqual(expected.trimEnd().split('\n'));
  });
});

const FILE = `-- orders of one customer, newest first
SELECT * FROM orders WHERE customer_id = 42 ORDER BY created_at DESC LIMIT 10;

SELECT * FROM orders WHERE id = 7;
`;

function configWith(settings: Record<string, unknown>, rules = {}) {
  return { ...defaultConfig('/repo'), settings, rules };
}

describe('index advice in the SQL-file flow, on PGlite', () => {
  it('advises after each statement, at the statement, and counts candidates and planner calls', async () => {
    const config = configWith({ 'verify-indexes': 'auto' });
    const statements = splitSqlFile(parser, 'sql/orders.sql', FILE).map((statement) => auditableStatement(parser, statement));
    const before = await publicIndexes(database);
    const audit = await auditSqlStatements(database, parser, statements, readSqlAuditSettings(config, true), ruleSettingsResolver(config));
    const advice = audit.findings.filter((finding) => finding.rule === 'missing-index');
    expect(advice.map(({ file, line, endLine, severity, suggestion }) => ({ file, line, endLine, severity, suggestion }))).toEqual([
      {
        file: 'sql/orders.sql',
        line: 2,
        endLine: 2,
        severity: 'warning',
        suggestion: 'CREATE INDEX CONCURRENTLY idx_orders_customer_id_created_at ON orders (customer_id, created_at DESC)',
      },
    ]);
    expect(audit.indexAdvice).toEqual({ candidates: 1, plannerCalls: 1, kept: 1, skipped: 0 });
    expect(await publicIndexes(database)).toEqual(before);
  });

  it('honours verify-indexes: off and the rule severity from the config', async () => {
    const statements = splitSqlFile(parser, 'sql/orders.sql', FILE).map((statement) => auditableStatement(parser, statement));
    for (const config of [configWith({ 'verify-indexes': 'off' }), configWith({}, { 'missing-index': { severity: 'off' } })]) {
      const audit = await auditSqlStatements(database, parser, statements, readSqlAuditSettings(config, true), ruleSettingsResolver(config));
      expect(audit.findings.filter((finding) => finding.rule === 'missing-index')).toEqual([]);
      expect(audit.indexAdvice).toEqual({ candidates: 0, plannerCalls: 0, kept: 0, skipped: 0 });
    }
    const errored = configWith({}, { 'missing-index': { severity: 'error' } });
    const audit = await auditSqlStatements(database, parser, statements, readSqlAuditSettings(errored, true), ruleSettingsResolver(errored));
    expect(audit.findings.filter((finding) => finding.rule === 'missing-index').map((finding) => finding.severity)).toEqual(['error']);
  });

  it('gives the workload one index: a suggestion whose keys begin another statement\'s is merged into it, naming each statement', async () => {
    const sql = `SELECT * FROM orders WHERE customer_id = 42;

-- name: RecentOrders :many
SELECT * FROM orders WHERE customer_id = 42 ORDER BY created_at DESC LIMIT 10;

-- name: CustomerOrders :many
SELECT id FROM orders WHERE customer_id = 7;

SELECT * FROM orders WHERE customer_id = 9 ORDER BY created_at DESC LIMIT 3;
`;
    const config = configWith({ 'verify-indexes': 'auto' });
    const statements = splitSqlFile(parser, 'sql/orders.sql', sql).map((statement) => auditableStatement(parser, statement));
    const audit = await auditSqlStatements(database, parser, statements, readSqlAuditSettings(config, true), ruleSettingsResolver(config));
    const advice = audit.findings.filter((finding) => finding.rule === 'missing-index');
    expect(advice.map(({ line, suggestion, data }) => ({ line, suggestion, also: data?.alsoSuggestedFor }))).toEqual([
      {
        line: 4,
        suggestion: 'CREATE INDEX CONCURRENTLY idx_orders_customer_id_created_at ON orders (customer_id, created_at DESC)',
        also: ['sql/orders.sql:1', 'CustomerOrders (sql/orders.sql:7)', 'sql/orders.sql:9'],
      },
    ]);
    expect(advice[0].message).toMatch(/ The same index, or its leading columns, was also suggested for sql\/orders\.sql:1, CustomerOrders \(sql\/orders\.sql:7\), sql\/orders\.sql:9\.$/);
    // Each statement was still advised on its own: four candidates, four kept, before the merge.
    expect(audit.indexAdvice).toEqual({ candidates: 4, plannerCalls: 4, kept: 4, skipped: 0 });
  });

  it('refuses an unknown verify-indexes value with the choices', () => {
    expect(() => readSqlAuditSettings(configWith({ 'verify-indexes': 'always' }), true)).toThrow(
      'verify-indexes: got "always"; expected one of auto, hypopg, transaction, off. ' +
        'auto uses HypoPG when the extension is installed and otherwise builds the index in a rolled-back transaction; off turns index advice off.',
    );
  });
});
