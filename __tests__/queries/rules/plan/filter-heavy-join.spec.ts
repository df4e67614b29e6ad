import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'filter-heavy-join';
const LOOP = [0, 'Plan', 'Plans', 0] as const;

describe(RULE, () => {
  it('reports a nested loop whose Join Filter removed 598,503 of 600,000 pairs for nearly all of the time', () => {
    const findings = auditFixture('filter-heavy-join.json').findings.filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.severity, f.data?.nodePath, f.message, f.data?.rowsRemoved, f.data?.rowsJoined])).toEqual([
      [
        'warning',
        'Aggregate > Nested Loop',
        'Aggregate > Nested Loop removed 598,503 of 600,000 joined rows (99.8%) with Join Filter (abs((a.id - b.id)) < 3), 181.4 ms of 181.8 ms (99.8%).',
        598_503,
        600_000,
      ],
    ]);
  });

  it('stays silent under 10,000 removed rows, when the filter keeps most pairs, and when the join is a small share of the time', () => {
    const edited = (key: string, value: unknown) => messagesOf(auditText(withField(fixtureJson('filter-heavy-join.json'), [...LOOP, key], value)).findings, RULE);
    expect(edited('Rows Removed by Join Filter', 9_999)).toEqual([]);
    expect(edited('Actual Rows', 598_503)).toEqual([]);
    expect(edited('Actual Total Time', 18)).toEqual([]);
    expect(edited('Rows Removed by Join Filter', 10_000)).toHaveLength(1);
    expect(edited('Actual Total Time', 18.2)).toHaveLength(1);
  });

  it('stays silent on a join without a Join Filter', () => {
    const plan = fixtureJson('filter-heavy-join.json') as [{ Plan: { Plans: Record<string, unknown>[] } }];
    delete plan[0].Plan.Plans[0]['Join Filter'];
    expect(messagesOf(auditText(JSON.stringify(plan)).findings, RULE)).toEqual([]);
  });
});
