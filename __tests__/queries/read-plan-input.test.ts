import { readFileSync, readdirSync } from 'node:fs';
import { UsageError } from '../../src/core/config/usage-error.js';
import { nodeLocations } from '../../src/queries/plan/node-locations.js';
import { readPlanInput } from '../../src/queries/plan/read-plan-input.js';
import { auditFixture, auditText, fixtureText } from './plan-fixture.js';

const FILTER_HEAVY = 'Seq Scan on question removed 2,637 of 2,700 rows (97.7%) with filter (exam_id = 1) (a notice: it read 2,700 rows in 0.6 ms).';

describe('readPlanInput', () => {
  it('reads psql output with its QUERY PLAN header, dashes, + continuations and (1 row) footer, keeping file lines', () => {
    const { findings } = auditFixture('psql-framed.txt');
    expect(findings.map((f) => [f.file, f.line, f.column, f.message])).toEqual([['plans/psql-framed.txt', 6, 8, FILTER_HEAVY]]);
  });

  it('reads the same plan as psql -At prints it (no framing), as an array, and as a bare object', () => {
    const array = fixtureText('filter-heavy-scan.json');
    const bare = JSON.stringify((JSON.parse(array) as unknown[])[0]);
    const unaligned = fixtureText('psql-framed.txt').split('\n').slice(2, -3).map((line) => line.replace(/\s*\+$/, '')).join('\n');
    for (const text of [array, bare, unaligned]) expect(auditText(text).findings.map((f) => f.message)).toEqual([FILTER_HEAVY]);
  });

  /**
   * One plan (EXPLAIN (FORMAT JSON) of a pg_class lookup) as PostgreSQL 15's psql printed it in each output form:
   * aligned with border 0, 1 and 2 in ASCII and Unicode (the longest line ends in '+' with no space before it),
   * wrapped at 40 columns, expanded, unaligned, tuples only and CSV.
   */
  const PSQL_FORMS = new URL('../fixtures/psql-plans/', import.meta.url);
  it.each(readdirSync(PSQL_FORMS).sort())('reads psql\'s %s output of the same plan, each node on its line in the file', (name) => {
    const text = readFileSync(new URL(name, PSQL_FORMS), 'utf8');
    const input = readPlanInput(text, name);
    const plan = input.documents[0].Plan;
    expect([plan['Node Type'], plan['Index Name'], plan['Relation Name'], plan['Index Cond']]).toEqual(['Index Scan', 'pg_class_relname_nsp_index', 'pg_class', '(relname = \'x\'::name)']);
    const lines = text.split(/\r?\n/);
    const [root] = nodeLocations(input.jsonText);
    // CSV doubles every quote of the field.
    expect(lines[root.line - 1].replace(/""/g, '"')).toContain('"Node Type": "Index Scan"');
  });

  it('reads a plan with a byte-order mark and Windows line ends', () => {
    const text = `\uFEFF${fixtureText('filter-heavy-scan.json').replace(/\n/g, '\r\n')}`;
    expect(readPlanInput(text, 'plan.json').documents.map((document) => document.Plan['Node Type'])).toEqual(['Seq Scan']);
  });

  it.each([
    ['', 'plans/empty.json is not a saved query plan: the file is empty.'],
    ['Seq Scan on orders  (cost=0.00..20406.00 rows=1600 width=48)', 'plans/empty.json is not a saved query plan: it is not JSON ('],
    ['[]', 'plans/empty.json is not a saved query plan: it is an empty JSON array.'],
    ['{"plan": {}}', 'plans/empty.json is not a saved query plan: its top level has no "Plan" object (keys: plan).'],
    ['[{"Plan": {"Total Cost": 1}}]', 'plans/empty.json is not a saved query plan: the "Plan" object of its top level has no "Node Type".'],
    ['[{"Plan": {"Node Type": "Result"}}, 3]', 'plans/empty.json is not a saved query plan: entry 2 of its array is a number, not an object.'],
  ])('refuses %j with a UsageError naming the file, the expected forms and the fix', (text, start) => {
    let error: unknown;
    try {
      readPlanInput(text, 'plans/empty.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message.startsWith(start)).toBe(true);
    expect(message).toContain('Expected EXPLAIN (FORMAT JSON) output: [ {"Plan": …} ], {"Plan": …}, or the same as psql prints it');
    expect(message).toContain("psql -XAt -c 'EXPLAIN (ANALYZE, BUFFERS, SETTINGS, FORMAT JSON) …' > plan.json");
  });
});
