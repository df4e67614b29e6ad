import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'row-misestimate';
const CUSTOMERS = [0, 'Plan', 'Plans', 1, 'Plans', 0] as const;
/** The small fixtures' joins take under a millisecond; without the join-time floor their estimates are graded by factor alone. */
const ANY_JOIN_TIME = { [RULE]: { severity: 'default' as const, options: { 'min-join-ms': 0 } } };

describe(RULE, () => {
  it('reports a ×2,500 underestimate feeding a hash join as an error, on the scan and not on its Hash', () => {
    const findings = auditFixture('row-misestimate.json').findings.filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.severity, f.data?.nodePath, f.message])).toEqual([
      [
        'error',
        'Hash Join > Hash > Seq Scan on customers',
        'Hash Join > Hash > Seq Scan on customers was estimated at 10 rows but returned 25,000 (underestimated ×2,500); it feeds Hash Join.',
      ],
    ]);
  });

  it('grades ×10 as a notice and ×100 as a warning, and stays silent below ×10', () => {
    const grade = (actual: number) => auditText(withField(fixtureJson('row-misestimate.json'), [...CUSTOMERS, 'Actual Rows'], actual)).findings.filter((f) => f.rule === RULE);
    expect(grade(100).map((f) => f.severity)).toEqual(['notice']);
    expect(grade(1000).map((f) => f.severity)).toEqual(['warning']);
    expect(grade(99)).toEqual([]);
  });

  it('does not blame nodes below a Limit, which stop early on purpose', () => {
    expect(messagesOf(auditFixture('row-misestimate-under-limit.json').findings, RULE)).toEqual([]);
    // The same plan without its Limit: 50,000 estimated, 100 returned is now a real ×500 overestimate.
    const plan = fixtureJson('row-misestimate-under-limit.json') as [{ Plan: { Plans: unknown[] } }];
    const unlimited = JSON.stringify([{ ...plan[0], Plan: plan[0].Plan.Plans[0] }]);
    expect(messagesOf(auditText(unlimited, ANY_JOIN_TIME).findings, RULE)).toEqual([
      'Nested Loop > Index Scan on orders was estimated at 50,000 rows but returned 100 (overestimated ×500); it feeds Nested Loop.',
    ]);
  });

  it('compares per-loop rows, so PG 18 fractional averages are neither rounded nor an infinite ratio', () => {
    expect(messagesOf(auditFixture('pg18-fractional-rows.json').findings, RULE)).toEqual([]);
    expect(messagesOf(auditFixture('never-executed.json').findings, RULE)).toEqual([]);
  });

  it('does not blame the outer side of a hash join whose hash table was empty (50,000 estimated, 1 read), and does once the hash has rows', () => {
    expect(messagesOf(auditFixture('row-misestimate-empty-hash.json').findings, RULE)).toEqual([]);
    // With rows in the hash table the join reads its outer side to the end: 1 row of 50,000 is then a real estimate gone wrong.
    const filled = withField(fixtureJson('row-misestimate-empty-hash.json'), [0, 'Plan', 'Plans', 1, 'Actual Rows'], 3);
    expect(auditText(filled, ANY_JOIN_TIME).findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.message])).toEqual([
      ['error', 'Hash Join > Seq Scan on orders was estimated at 50,000 rows but returned 1 (overestimated ×50,000); it feeds Hash Join.'],
    ]);
  });

  it('still reports an underestimate below a Limit: stopping early only lowers the count', () => {
    const under = withField(fixtureJson('row-misestimate-under-limit.json'), [0, 'Plan', 'Plans', 0, 'Plans', 1, 'Actual Rows'], 100);
    expect(messagesOf(auditText(under, ANY_JOIN_TIME).findings, RULE)).toEqual([
      'Limit > Nested Loop > Index Scan on customers was estimated at 1 rows per loop but returned 100 (underestimated ×100); it feeds Nested Loop.',
    ]);
  });

  it('gives a CTE Scan, a Function Scan and a pattern match their own fix, since ANALYZE cannot change those estimates', () => {
    const customers = (key: string, value: unknown) => withField(fixtureJson('row-misestimate.json'), [...CUSTOMERS, key], value);
    const fix = (text: string) => auditText(text).findings.filter((f) => f.rule === RULE).map((f) => [f.data?.estimateSource, f.suggestion?.split(':')[0]]);
    expect(fix(customers('Node Type', 'CTE Scan'))).toEqual([['cte', 'ANALYZE cannot fix this']]);
    expect(fix(customers('Node Type', 'Function Scan'))).toEqual([['function', 'ANALYZE cannot fix this']]);
    expect(fix(customers('Filter', "(name ~~ '%smith%'::text)"))).toEqual([['pattern', 'ANALYZE cannot fix this']]);
    expect(fix(customers('Filter', "(name ~* 'smith'::text)"))).toEqual([['pattern', 'ANALYZE cannot fix this']]);
    expect(fix(customers('Filter', "(name = 'smith'::text)"))).toEqual([['statistics', 'Run ANALYZE on the table; for correlated columns add CREATE STATISTICS, or raise the column statistics target.']]);
  });

  it('keeps a recursive work table and an aggregate with fewer groups than estimated at a notice, with their own fix; an aggregate underestimate keeps its grade', () => {
    const customers = (fields: Record<string, unknown>) => {
      const plan = fixtureJson('row-misestimate.json') as [{ Plan: { Plans: [unknown, { Plans: Record<string, unknown>[] }] } }];
      Object.assign(plan[0].Plan.Plans[1].Plans[0], fields);
      return auditText(JSON.stringify(plan)).findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.message, f.suggestion?.split(':')[0]]);
    };
    expect(customers({ 'Node Type': 'WorkTable Scan', 'Relation Name': undefined, 'CTE Name': 'search_tree', 'Plan Rows': 10000, 'Actual Rows': 1 })).toEqual([
      ['notice', 'Hash Join > Hash > WorkTable Scan on search_tree was estimated at 10,000 rows but returned 1 (overestimated ×10,000); it feeds Hash Join.', 'Nothing fixes this estimate'],
    ]);
    expect(customers({ 'Node Type': 'Aggregate', Strategy: 'Hashed', 'Relation Name': undefined, 'Plan Rows': 500, 'Actual Rows': 1 })).toEqual([
      ['notice', 'Hash Join > Hash > HashAggregate was estimated at 500 rows but returned 1 (overestimated ×500); it feeds Hash Join.', 'ANALYZE rarely fixes this'],
    ]);
    expect(customers({ 'Node Type': 'Aggregate', Strategy: 'Hashed', 'Relation Name': undefined, 'Plan Rows': 10, 'Actual Rows': 25000 })).toEqual([
      ['error', 'Hash Join > Hash > HashAggregate was estimated at 10 rows but returned 25,000 (underestimated ×2,500); it feeds Hash Join.', 'ANALYZE rarely fixes this'],
    ]);
  });

  it('does not take an InitPlan listed under a join for one of its inputs', () => {
    const plan = fixtureJson('row-misestimate.json') as [{ Plan: { Plans: Record<string, unknown>[] } }];
    plan[0].Plan.Plans.push({ 'Node Type': 'Seq Scan', 'Relation Name': 'rates', 'Parent Relationship': 'InitPlan', 'Plan Rows': 1, 'Actual Rows': 5000, 'Actual Loops': 1 });
    expect(auditText(JSON.stringify(plan)).findings.filter((f) => f.rule === RULE).map((f) => f.data?.nodePath)).toEqual(['Hash Join > Hash > Seq Scan on customers']);
  });

  it('is a notice at most when the join it feeds took under min-join-ms (10 ms) beyond reading the node rows: the join method it chose cost no more', () => {
    // listmonk's export-subscriber-data: one subscriber's views looked up by a join parameter, estimated from the
    // average (3) while the generated rows, skewed as real ones are, give that subscriber 973.
    const under = withField(fixtureJson('row-misestimate-under-limit.json'), [0, 'Plan', 'Plans', 0, 'Plans', 1, 'Actual Rows'], 100);
    expect(auditText(under).findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.message])).toEqual([
      [
        'notice',
        'Limit > Nested Loop > Index Scan on customers was estimated at 1 rows per loop but returned 100 (underestimated ×100); it feeds Nested Loop (a notice: the join took 0.5 ms beyond reading these rows).',
      ],
    ]);
    // The ×2,500 underestimate feeding a 95.2 ms hash join (88.9 ms beyond the 6.3 ms scan) keeps its error; with a
    // floor of 89 ms it too is a notice.
    const grade = (options: Record<string, unknown>) => auditFixture('row-misestimate.json', { [RULE]: { severity: 'default', options } }).findings.filter((f) => f.rule === RULE).map((f) => f.severity);
    expect(grade({})).toEqual(['error']);
    expect(grade({ 'min-join-ms': 88.8 })).toEqual(['error']);
    expect(grade({ 'min-join-ms': 89 })).toEqual(['notice']);
  });
});
