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
import { adviceOf, auditWorkload, workloadAdviceCases } from './workload-advice-cases.js';

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

  it('rejects an index a custom plan uses but gains too little from: half the table through an index is no cut', async () => {
    const sql = 'SELECT * FROM orders WHERE created_at BETWEEN $1 AND $2';
    const half = { name: 'pinned' as const, values: ['2024-01-01', '2024-02-08'], description: "$1 = '2024-01-01' (query-params), $2 = '2024-02-08' (query-params)" };
    const { advice } = await adviseOn(database, parser, sql, { valueCases: [half] });
    expect(advice.findings.map(({ severity, message, suggestion }) => ({ severity, message, suggestion }))).toEqual([
      {
        severity: 'notice',
        message:
          "No index suggested for orders (created_at): it holds on the generic plan only, not with the data's values ($1 = '2024-01-01' (query-params), $2 = '2024-02-08' (query-params): " +
          'the cost falls only from 3,196.00 to 2,342.82 (26.7% less)). The plan reads orders with a Seq Scan.',
        suggestion: undefined,
      },
    ]);
    expect(advice.findings[0].data?.customPlans).toEqual([{ description: half.description, uses: true, costBefore: 3196, costAfter: 2342.82, holds: false }]);
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

describe('one set of indexes for the workload, on PGlite', () => {
  workloadAdviceCases({ database: () => database, parser: () => parser, setting: 'auto', mode: 'transaction' });
});

/**
 * Places loaded region by region (the rows of one 0.6-degree tile sit together), with an index on the tile and one
 * on (city, name). 30,000 rows: ANALYZE reads them all, so the values pg_stats offers are the same on every run.
 */
const PLACES_SCHEMA = [
  'CREATE TABLE places (id int PRIMARY KEY, tile int NOT NULL, latitude float8 NOT NULL, visible boolean NOT NULL, city text NOT NULL, name text NOT NULL)',
  `INSERT INTO places SELECT i, floor(i / 100.0), i * 0.006 - 90, i % 2 = 0, 'city' || (i % 500), 'place ' || i FROM generate_series(0, 29999) AS i`,
  'CREATE INDEX places_tile ON places (tile)',
  'CREATE INDEX places_city_name ON places (city, name)',
  'ANALYZE places',
];

describe('index advice judged on the custom plans of the data\'s values, on PGlite', () => {
  beforeAll(async () => {
    for (const command of PLACES_SCHEMA) await database.run(command);
  }, 120_000);
  afterAll(async () => {
    await database.run('DROP TABLE places');
  });

  const adviceFor = async (sql: string) => {
    const audit = await auditWorkload(database, parser, 'auto', 'sql/places.sql', `${sql}\n`);
    return { findings: adviceOf(audit).map(({ line, severity, message, suggestion }) => ({ line, severity, message, suggestion })), stats: audit.indexAdvice };
  };

  it('does not keep (latitude) that only the generic plan\'s default estimate for BETWEEN $n wants, where the tile index serves the values', async () => {
    const { findings, stats } = await adviceFor('SELECT id, name FROM places WHERE tile = ANY($1::int[]) AND latitude BETWEEN $2 AND $3;');
    expect(findings).toEqual([
      {
        line: 1,
        severity: 'notice',
        message:
          "No index suggested for places (latitude): it holds on the generic plan only, not with the data's values (" +
          "$1 = '{\"0\"}' (common in places.tile), $2 = '-90' (wide range in places.latitude), $3 = '89.994' (wide range in places.latitude): not used; " +
          "$1 = '{\"100\"}' (rare in places.tile), $2 = '88.194' (narrow range in places.latitude), $3 = '89.994' (narrow range in places.latitude): not used). " +
          'The plan reads places with an Index Scan with a Filter.',
        suggestion: undefined,
      },
    ]);
    // The generic plan with the index; each custom plan without it and with it.
    expect(stats).toEqual({ candidates: 1, plannerCalls: 5, kept: 0, skipped: 1 });
  });

  it('keeps (latitude) for BETWEEN $n where nothing serves it, saying which values showed it', async () => {
    const { findings, stats } = await adviceFor('SELECT id, name FROM places WHERE latitude BETWEEN $1 AND $2;');
    expect(findings).toEqual([
      {
        line: 1,
        severity: 'warning',
        message:
          'Index places (latitude) cuts the plan cost from 700.00 to 12.29 (98.2% less) and from 700.00 to 16.31 (97.7% less) with ' +
          "$1 = '88.194' (narrow range in places.latitude), $2 = '89.994' (narrow range in places.latitude), verified by building it in a rolled-back transaction. " +
          'The plan reads places with a Seq Scan.',
        suggestion: 'CREATE INDEX CONCURRENTLY idx_places_latitude ON places (latitude)',
      },
    ]);
    expect(stats).toEqual({ candidates: 1, plannerCalls: 5, kept: 1, skipped: 0 });
  });

  it('never leads with a boolean compared with $n: the range column goes first', async () => {
    const { findings } = await adviceFor('SELECT id, name FROM places WHERE visible = $1 AND latitude BETWEEN $2 AND $3;');
    expect(findings.map(({ severity, suggestion }) => ({ severity, suggestion }))).toEqual([
      { severity: 'warning', suggestion: 'CREATE INDEX CONCURRENTLY idx_places_latitude_visible ON places (latitude, visible)' },
    ]);
  });

  it('merges (latitude) into (latitude, visible) once the planner takes it for the generic plan and a custom plan of BETWEEN $n', async () => {
    const sql = 'SELECT id, name FROM places WHERE latitude BETWEEN $1 AND $2;\n\nSELECT id, name FROM places WHERE visible = $1 AND latitude BETWEEN $2 AND $3;\n';
    const audit = await auditWorkload(database, parser, 'auto', 'sql/places.sql', sql);
    expect(adviceOf(audit).map(({ line, suggestion, data }) => ({ line, suggestion, alsoServes: data?.alsoServes }))).toEqual([
      { line: 3, suggestion: 'CREATE INDEX CONCURRENTLY idx_places_latitude_visible ON places (latitude, visible)', alsoServes: ['sql/places.sql:1'] },
    ]);
    // Five calls per statement; the check of line 1 with the longer index reuses its custom baselines: three more.
    expect(audit.indexAdvice).toEqual({ candidates: 2, plannerCalls: 13, kept: 2, skipped: 0 });
  });

  it('says nothing for city = $1 ORDER BY name, which (city, name) serves, with or without a LIMIT', async () => {
    // Without a LIMIT the candidate is (city), which the existing index leads with: counted, never reported.
    expect(await adviceFor('SELECT * FROM places WHERE city = $1 ORDER BY name;')).toEqual({ findings: [], stats: { candidates: 1, plannerCalls: 0, kept: 0, skipped: 1 } });
    // With one the plan already reads (city, name) in order: no candidate at all.
    expect(await adviceFor('SELECT * FROM places WHERE city = $1 ORDER BY name LIMIT 10;')).toEqual({ findings: [], stats: { candidates: 0, plannerCalls: 0, kept: 0, skipped: 0 } });
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

  it('gives the workload one index: a suggestion whose keys begin another statement\'s is merged into it once the planner takes it there, naming each statement', async () => {
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
    expect(advice.map(({ line, suggestion, data }) => ({ line, suggestion, also: data?.alsoServes }))).toEqual([
      {
        line: 4,
        suggestion: 'CREATE INDEX CONCURRENTLY idx_orders_customer_id_created_at ON orders (customer_id, created_at DESC)',
        also: ['sql/orders.sql:1', 'CustomerOrders (sql/orders.sql:7)', 'sql/orders.sql:9'],
      },
    ]);
    expect(advice[0].message).toMatch(/ The planner takes the same index for sql\/orders\.sql:1, CustomerOrders \(sql\/orders\.sql:7\), sql\/orders\.sql:9 too\.$/);
    // Each statement was advised on its own (four planner calls), then the two shorter suggestions were planned again
    // with the longer index (two more); the repeat of the same index needs no call.
    expect(audit.indexAdvice).toEqual({ candidates: 4, plannerCalls: 6, kept: 4, skipped: 0 });
  });

  it('refuses an unknown verify-indexes value with the choices', () => {
    expect(() => readSqlAuditSettings(configWith({ 'verify-indexes': 'always' }), true)).toThrow(
      'verify-indexes: got "always"; expected one of auto, hypopg, transaction, off. ' +
        'auto uses HypoPG when the extension is installed and otherwise builds the index in a rolled-back transaction; off turns index advice off.',
    );
  });
});
