import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';
import type { SarifLog } from '../../src/render/sarif.js';
import { validateSarif } from '../helpers/sarif-multitool.js';
import { makeTree } from '../helpers/temp-tree.js';
import { fixtureText } from './plan-fixture.js';

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colorByDefault: false });
  return { code, stdout, stderr };
}

function withPlans(extra: Record<string, string> = {}) {
  return makeTree({
    'plans/seq-scan.json': fixtureText('seq-scan-selective-filter.json'),
    'plans/misestimate.json': fixtureText('row-misestimate.json'),
    'plans/pasted.txt': fixtureText('psql-framed.txt'),
    'plans/estimate-only.json': fixtureText('estimate-only.json'),
    ...extra,
  });
}

describe('predator-guard queries --plan', () => {
  it('audits a saved plan in process and reports findings at the node, with the node path, and exits 0 on warnings', async () => {
    const tree = withPlans();
    try {
      const { code, stdout, stderr } = await cli(['queries', '--plan', 'plans/seq-scan.json', '--format', 'json'], tree.root);
      expect([code, stderr]).toEqual([0, 'queries: auditing the saved plan plans/seq-scan.json\n']);
      const report = JSON.parse(stdout) as Report;
      expect(report.findings.map((f) => ({ file: f.file, line: f.line, column: f.column, rule: f.rule, analyzer: f.analyzer, nodePath: f.data?.nodePath }))).toEqual([
        { file: 'plans/seq-scan.json', line: 4, column: 7, rule: 'seq-scan-selective-filter', analyzer: 'queries', nodePath: 'Seq Scan on orders' },
      ]);
      expect(report.runs).toEqual([{ analyzer: 'queries', status: 'ok', stats: { plans: 1, serverVersion: null, notRun: [], durationMs: expect.any(Number) } }]);
    } finally {
      tree.cleanup();
    }
  });

  it('reads globs and comma lists from --plan and the plan setting, lists rules not run, and fails the gate on an error', async () => {
    const tree = withPlans({ '.predator-guard.yml': "plan: ['plans/*.json']\n" });
    try {
      const { code, stdout } = await cli(['queries', '--format', 'json'], tree.root);
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as Report;
      expect(report.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}`)).toEqual([
        'plans/estimate-only.json:3 notice non-default-settings',
        'plans/misestimate.json:51 error row-misestimate',
        'plans/seq-scan.json:4 warning seq-scan-selective-filter',
      ]);
      const stats = report.runs[0].stats as { plans: number; notRun: { rule: string; needs: string[] }[] };
      expect(stats.plans).toBe(3);
      expect(stats.notRun).toHaveLength(15);
      expect(stats.notRun[0]).toEqual({ rule: 'filter-heavy-join', needs: ['analyze'] });
      const flags = await cli(['queries', '--plan', 'plans/pasted.txt,plans/seq-scan.json', '--format', 'json'], tree.root);
      expect((JSON.parse(flags.stdout) as Report).findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
        'plans/pasted.txt:6 filter-heavy-scan',
        'plans/seq-scan.json:4 seq-scan-selective-filter',
      ]);
      // As a shell passes `--plan plans/pasted.txt plans/seq-scan.json`: every file after --plan is a plan, none is SQL.
      const spaced = await cli(['queries', '--plan', 'plans/pasted.txt', 'plans/seq-scan.json', '--format', 'json'], tree.root);
      expect((JSON.parse(spaced.stdout) as Report).findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
        'plans/pasted.txt:6 filter-heavy-scan',
        'plans/seq-scan.json:4 seq-scan-selective-filter',
      ]);
    } finally {
      tree.cleanup();
    }
  });

  it('writes SARIF for a plan audit that passes the SARIF Multitool validation', async () => {
    const tree = withPlans();
    try {
      const { code, stdout } = await cli(['queries', '--plan', 'plans/*.json', '--plan', 'plans/pasted.txt', '--format', 'sarif'], tree.root);
      expect(code).toBe(1);
      const log = JSON.parse(stdout) as SarifLog;
      const results = log.runs.flatMap((run) => run.results);
      expect(results.map((result) => [result.ruleId, result.locations?.[0]?.physicalLocation.region?.startLine])).toEqual([
        ['non-default-settings', 3],
        ['row-misestimate', 51],
        ['filter-heavy-scan', 6],
        ['seq-scan-selective-filter', 4],
      ]);
      expect(validateSarif(stdout)).toEqual({ status: 0, stderr: '', problems: [] });
    } finally {
      tree.cleanup();
    }
  });

  it.each([
    [['queries', 'sql/orders.sql'], "queries: 'sql/orders.sql' does not exist (looked for ROOT/sql/orders.sql). Give the path of a SQL file, relative to the repository root."],
    [['queries', '--database-url', 'postgres://ci@127.0.0.1/app'], "queries: nothing to audit. A database is given but no SQL to explain on it. Pass SQL files or globs (predator-guard queries sql/*.sql, or queries: ['sql/**/*.sql'] in .predator-guard.yml), or saved EXPLAIN (FORMAT JSON) plans with --plan FILE…."],
    [['queries', '--plan', 'plans/missing.json'], 'plan: \'plans/missing.json\' does not exist (looked for ROOT/plans/missing.json). Give the path of a saved EXPLAIN (FORMAT JSON) file, relative to the repository root.'],
    [['queries', '--plan', 'plans/*.sql'], "plan: the glob 'plans/*.sql' matches no file under ROOT. Give EXPLAIN (FORMAT JSON) files, e.g. --plan plans/slow-query.json or plan: ['plans/*.json']."],
  ])('exits 2 for %j with a message naming the value and the fix', async (argv, message) => {
    const tree = withPlans();
    try {
      const { code, stdout } = await cli([...argv, '--format', 'json'], tree.root);
      expect(code).toBe(2);
      expect((JSON.parse(stdout) as Report).runs[0].error).toBe(message.replace(/ROOT/g, tree.root));
    } finally {
      tree.cleanup();
    }
  });

  it('exits 2 for a file that is not a plan, naming it', async () => {
    const tree = withPlans({ 'plans/notes.txt': 'Seq Scan on orders  (cost=0.00..20406.00 rows=1600 width=48)\n' });
    try {
      const { code, stdout } = await cli(['queries', '--plan', 'plans/notes.txt', '--format', 'json'], tree.root);
      expect(code).toBe(2);
      expect((JSON.parse(stdout) as Report).runs[0].error).toMatch(/^plans\/notes\.txt is not a saved query plan: it is not JSON \(/);
    } finally {
      tree.cleanup();
    }
  });
});
