import { analyze } from '../../../src/core/analyze.js';
import { defaultConfig } from '../../../src/core/config/config.js';
import type { Report } from '../../../src/core/report.js';
import { makeTree } from '../../helpers/temp-tree.js';
import { connect, postgres15Installed, startPostgres15, type TestPostgres } from '../../helpers/test-postgres.js';

/**
 * Parameterised statements explained with values from the data (a common and a rare one per column, LIMIT 20), so
 * the actual-rows rules judge them, and with values pinned in query-params: on the embedded database and on a
 * PostgreSQL 15 throwaway cluster.
 */
const SCHEMA = `CREATE TABLE jobs (id int PRIMARY KEY, state text NOT NULL, owner int NOT NULL, created_at int NOT NULL);
CREATE TABLE job_touches (job_id int NOT NULL);
CREATE FUNCTION job_touched() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO job_touches VALUES (NEW.id); RETURN NEW; END $$;
CREATE TRIGGER job_touch AFTER UPDATE ON jobs FOR EACH ROW EXECUTE FUNCTION job_touched();
`;
const SEED = "INSERT INTO jobs SELECT g, CASE WHEN g % 100 = 0 THEN 'running' ELSE 'done' END, g % 500, g FROM generate_series(1, 20000) AS g;\n";
const QUERIES = `-- name: JobsInState :many
SELECT id FROM jobs WHERE state = $1;

-- name: OwnerPage :many
SELECT id FROM jobs WHERE owner = $1 ORDER BY id LIMIT $2;

SELECT id FROM jobs WHERE created_at > $1 AND state = ANY($2::text[]);

SELECT id FROM jobs WHERE state = $1 OR $2::int > 0;

UPDATE jobs SET owner = owner WHERE id = $1;
`;

// pg_dump and some generators write the operator schema-qualified; it is the same `=`.
const QUALIFIED = 'SELECT id FROM jobs WHERE state OPERATOR(pg_catalog.=) $1 AND owner OPERATOR(pg_catalog.>=) $2;\n';

const tree = makeTree({ 'db/schema.sql': SCHEMA, 'db/seed.sql': SEED, 'sql/jobs.sql': QUERIES, 'sql/qualified.sql': QUALIFIED });
afterAll(() => tree.cleanup());

function configFor(settings: Record<string, unknown>, queries = ['sql/jobs.sql']) {
  // Index advice has its own suites; planning-over-execution depends on the machine's load, not on the statement.
  const rules = { 'missing-index': { severity: 'off' as const }, 'planning-over-execution': { severity: 'off' as const } };
  return { ...defaultConfig(tree.root), checks: ['queries' as const], rules, settings: { queries, analyze: true, ...settings } };
}

function lines(report: Report): string[] {
  return report.findings.map((finding) => `${finding.line} ${finding.rule}: ${finding.message}`);
}

const FOUND = [
  "2 seq-scan-selective-filter: JobsInState: Seq Scan on jobs removed 19,800 of 20,000 rows (99.0%) with filter (state = 'running'::text). Shown with $1 = 'running' (rare in jobs.state).",
  "5 inefficient-index-scan: OwnerPage: Limit > Index Scan on jobs fetched 10,000 rows through jobs_pkey and its filter (owner = 0) removed 9,980 of them (99.8%). Shown with $1 = '0' (common in jobs.owner), $2 = 20 (LIMIT).",
  "7 seq-scan-selective-filter: Seq Scan on jobs removed 19,998 of 20,000 rows (100.0%) with filter ((state = ANY ('{running}'::text[])) AND (created_at > 19800)). Shown with $1 = '19800' (narrow range in jobs.created_at), $2 = '{\"running\"}' (rare in jobs.state).",
];

async function audits(settings: Record<string, unknown>): Promise<void> {
  const log: string[] = [];
  const report = await analyze(configFor(settings), { log: (line) => log.push(line) });
  expect(report.runs[0].status).toBe('ok');
  expect(lines(report)).toEqual(FOUND);
  expect(report.findings[0].data).toMatchObject({ parameterCase: 'rare', parameterValues: { $1: 'running' }, statementName: 'JobsInState' });
  // Values from the data: the common and the rare state, the owner's values, LIMIT 20, a range's wide and narrow ends.
  expect(log.filter((line) => line.includes(' with $') && !line.includes('jobs.sql:11'))).toEqual([
    "queries: EXPLAIN ANALYZE of sql/jobs.sql:2 with $1 = 'done' (common in jobs.state)",
    "queries: EXPLAIN ANALYZE of sql/jobs.sql:2 with $1 = 'running' (rare in jobs.state)",
    "queries: EXPLAIN ANALYZE of sql/jobs.sql:5 with $1 = '0' (common in jobs.owner), $2 = 20 (LIMIT)",
    expect.stringMatching(/^queries: EXPLAIN ANALYZE of sql\/jobs\.sql:5 with \$1 = '\d+' \(rare in jobs\.owner\), \$2 = 20 \(LIMIT\)$/),
    expect.stringMatching(/^queries: EXPLAIN ANALYZE of sql\/jobs\.sql:7 with \$1 = '\d+' \(wide range in jobs\.created_at\), \$2 = '\{"done"\}' \(common in jobs\.state\)$/),
    `queries: EXPLAIN ANALYZE of sql/jobs.sql:7 with $1 = '19800' (narrow range in jobs.created_at), $2 = '{"running"}' (rare in jobs.state)`,
  ]);
  // $2 of the last statement meets no column: it keeps its generic plan, and the report says it is estimate-only.
  expect(log).toContain('queries: sql/jobs.sql:9 keeps its generic plan: $2 is not compared with or written to a column, nor a LIMIT or OFFSET; pin a value in query-params');
  expect(report.runs[0].stats).toMatchObject({ plans: 5, estimateOnly: ['sql/jobs.sql:9'] });
  // Its trigger's VOLATILE function is not in allow-functions: the UPDATE is planned with values, never run.
  expect(log.filter((line) => line.includes('sql/jobs.sql:11'))).toEqual([
    'queries: EXPLAIN of sql/jobs.sql:11 (generic plan: estimates only)',
    'queries: sql/jobs.sql:11 is planned with values but not run: it would run the VOLATILE public.job_touched (trigger job_touch on jobs), not in allow-functions',
    // A unique column has no common values: the middle of its histogram, then its first value.
    "queries: EXPLAIN of sql/jobs.sql:11 with $1 = '10000' (common in jobs.id)",
    "queries: EXPLAIN of sql/jobs.sql:11 with $1 = '1' (rare in jobs.id)",
  ]);

  // Pinned: JobsInState with the common value only (its finding is gone), the last statement by file:line with both values.
  const pinnedLog: string[] = [];
  const pinned = await analyze(configFor({ ...settings, 'query-params': { JobsInState: { $1: 'done' }, 'sql/jobs.sql:9': { 1: 'running', $2: 1 } } }), {
    log: (line) => pinnedLog.push(line),
  });
  expect(lines(pinned)).toEqual(FOUND.slice(1));
  expect(pinnedLog.filter((line) => line.includes('jobs.sql:2 with') || line.includes('jobs.sql:9 with'))).toEqual([
    "queries: EXPLAIN ANALYZE of sql/jobs.sql:2 with $1 = 'done' (query-params)",
    "queries: EXPLAIN ANALYZE of sql/jobs.sql:9 with $1 = 'running' (query-params), $2 = '1' (query-params)",
  ]);
  expect(pinned.runs[0].stats).toMatchObject({ plans: 5, estimateOnly: [] });
}

describe('parameters explained with real values', () => {
  it('on the embedded database', async () => {
    await audits({ schema: ['db/schema.sql'], seed: ['db/seed.sql'] });
  }, 120_000);

  it('reads OPERATOR(pg_catalog.=) as = and OPERATOR(pg_catalog.>=) as >=, so the statement is explained with values', async () => {
    const log: string[] = [];
    const report = await analyze(configFor({ schema: ['db/schema.sql'], seed: ['db/seed.sql'] }, ['sql/qualified.sql']), { log: (line) => log.push(line) });
    expect(lines(report)).toEqual([
      "1 seq-scan-selective-filter: Seq Scan on jobs removed 20,000 of 20,000 rows (100.0%) with filter ((owner >= 495) AND (state = 'running'::text)). Shown with $1 = 'running' (rare in jobs.state), $2 = '495' (narrow range in jobs.owner).",
    ]);
    expect(log.filter((line) => line.includes('qualified.sql'))).toEqual([
      'queries: EXPLAIN of sql/qualified.sql:1 (generic plan: estimates only)',
      "queries: EXPLAIN ANALYZE of sql/qualified.sql:1 with $1 = 'done' (common in jobs.state), $2 = '100' (wide range in jobs.owner)",
      "queries: EXPLAIN ANALYZE of sql/qualified.sql:1 with $1 = 'running' (rare in jobs.state), $2 = '495' (narrow range in jobs.owner)",
    ]);
    expect(report.runs[0].stats).toMatchObject({ plans: 1, estimateOnly: [] });
  }, 120_000);

  const withPostgres15 = postgres15Installed() ? describe : describe.skip;
  withPostgres15('on PostgreSQL 15', () => {
    let server: TestPostgres;
    beforeAll(async () => {
      server = await startPostgres15();
      const client = await connect(server);
      await client.query(`${SCHEMA}${SEED}ANALYZE jobs;`);
      await client.end();
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('with ANALYZE', async () => {
      await audits({ 'database-url': server.url });
    }, 120_000);
  });
});
