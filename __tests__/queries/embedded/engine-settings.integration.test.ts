import { analyze } from '../../../src/core/analyze.js';
import { defaultConfig } from '../../../src/core/config/config.js';
import type { Report } from '../../../src/core/report.js';
import { makeTree } from '../../helpers/temp-tree.js';

/**
 * PGlite runs without parallel workers and with its own search_path, so every plan it makes lists those as
 * non-default Settings. They are the engine's, not the application's: the non-default-settings notice must name
 * what the schema chose (work_mem here) and nothing PGlite forces.
 */
let tree: ReturnType<typeof makeTree>;
let report: Report;

beforeAll(async () => {
  tree = makeTree({
    'schema.sql': "CREATE TABLE events (id int PRIMARY KEY, kind text NOT NULL);\nSET work_mem = '64kB';\n",
    'q.sql': 'SELECT kind, count(*) FROM events GROUP BY kind ORDER BY kind;\n',
  });
  const base = defaultConfig(tree.root);
  report = await analyze({
    ...base,
    checks: ['queries'],
    settings: { ...base.settings, queries: ['q.sql'], schema: ['schema.sql'], 'table-rows': { events: 2000 }, 'verify-indexes': 'off' },
  });
}, 120_000);

afterAll(() => {
  tree.cleanup();
});

it('reports the setting the schema chose and none that PGlite forces', () => {
  expect(report.runs[0].status).toBe('ok');
  const notices = report.findings.filter((finding) => finding.rule === 'non-default-settings');
  expect(notices.map((finding) => finding.line)).toEqual([1]);
  expect(notices[0].message).toContain('work_mem = 64kB');
  expect(notices[0].message).not.toMatch(/max_parallel_workers|search_path/);
});
