import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'row-misestimate';
const CUSTOMERS = [0, 'Plan', 'Plans', 1, 'Plans', 0] as const;

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
    expect(messagesOf(auditText(unlimited).findings, RULE)).toEqual([
      'Nested Loop > Index Scan on orders was estimated at 50,000 rows but returned 100 (overestimated ×500); it feeds Nested Loop.',
    ]);
  });

  it('compares per-loop rows, so PG 18 fractional averages are neither rounded nor an infinite ratio', () => {
    expect(messagesOf(auditFixture('pg18-fractional-rows.json').findings, RULE)).toEqual([]);
    expect(messagesOf(auditFixture('never-executed.json').findings, RULE)).toEqual([]);
  });
});
