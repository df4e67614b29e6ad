import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

async function report(argv: string[], cwd: string): Promise<Report> {
  let stdout = '';
  await runCli([...argv, '--format', 'json'], { cwd, stdout: (text) => (stdout += text), stderr: () => undefined, colorByDefault: false });
  return JSON.parse(stdout) as Report;
}

const where = (result: Report) => result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule}`);

describe('predator-guard migrations --diff-base', () => {
  let repo: TempRepo;

  beforeEach(() => {
    // Merged before the change: orders exists and holds data, and its old migration locks it (never reported again).
    repo = makeRepo({ 'db/1_orders.up.sql': 'CREATE TABLE orders (id bigint, total int);\n', 'db/2_index.up.sql': 'CREATE INDEX orders_total ON orders (total);\n' });
    // The change adds two migrations: a table in the first, its index in the second, and an index on orders.
    writeFileSync(path.join(repo.root, 'db/3_refunds.up.sql'), 'CREATE TABLE refunds (id bigint, order_id bigint);\n');
    writeFileSync(path.join(repo.root, 'db/4_indexes.up.sql'), "SET lock_timeout = '2s';\nCREATE INDEX refunds_order ON refunds (order_id);\nCREATE INDEX orders_id ON orders (id);\n");
  });
  afterEach(() => repo.cleanup());

  it('checks the migrations the change adds against the ones before them, quiet on tables the change created', async () => {
    const result = await report(['migrations', 'db/*.sql', '--diff-base', 'HEAD'], repo.root);
    expect(where(result)).toEqual(['db/4_indexes.up.sql:3 missing-statement-timeout', 'db/4_indexes.up.sql:3 non-concurrent-index']);
    // Only the added migrations were applied and measured, on the merged ones: the index on orders took SHARE on it.
    expect(result.findings.find((finding) => finding.rule === 'non-concurrent-index')?.data).toMatchObject({ measured: { locks: [{ relation: 'orders', mode: 'SHARE' }], heldBefore: [], rewritten: [] } });
    expect(result.runs[0]).toMatchObject({ stats: { mode: 'measured', measuredStatements: 4, notMeasured: 0 } });
  });

  it('without a diff, checks each migration against the ones before it, which by then hold data', async () => {
    expect(where(await report(['migrations', 'db/*.sql'], repo.root))).toEqual([
      'db/2_index.up.sql:1 missing-lock-timeout',
      'db/2_index.up.sql:1 missing-statement-timeout',
      'db/2_index.up.sql:1 non-concurrent-index',
      'db/4_indexes.up.sql:2 missing-statement-timeout',
      'db/4_indexes.up.sql:2 non-concurrent-index',
      'db/4_indexes.up.sql:3 non-concurrent-index',
    ]);
  });
});
