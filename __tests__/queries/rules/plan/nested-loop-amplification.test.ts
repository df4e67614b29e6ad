import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'nested-loop-amplification';
const INNER = [0, 'Plan', 'Plans', 1] as const;

/** The fixture's inner Index Scan wrapped in a Memoize that answered `hits` of its loops from cache. */
function memoized(hits: number, misses: number): string {
  const plan = fixtureJson('nested-loop-amplification.json') as [{ Plan: { Plans: Record<string, unknown>[] } }];
  const inner = { ...plan[0].Plan.Plans[1], 'Parent Relationship': 'Outer', 'Actual Loops': misses };
  plan[0].Plan.Plans[1] = {
    'Node Type': 'Memoize',
    'Parent Relationship': 'Inner',
    'Plan Rows': 10,
    'Actual Total Time': 0.15,
    'Actual Rows': 9.6,
    'Actual Loops': hits + misses,
    'Cache Hits': hits,
    'Cache Misses': misses,
    Plans: [inner],
  };
  return JSON.stringify(plan);
}

describe(RULE, () => {
  it('reports an inner index scan run 5,000 times for 83% of the execution time, loops × per-loop time', () => {
    const findings = auditFixture('nested-loop-amplification.json').findings.filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.message, f.data?.nodePath, f.data?.innerPath])).toEqual([
      ['Nested Loop ran Index Scan on orders 5,000 times, 750.0 ms in total (83.3% of 900.0 ms).', 'Nested Loop', 'Nested Loop > Index Scan on orders'],
    ]);
  });

  it('stays silent when the inner side runs fewer than 1,000 times', () => {
    const fewer = withField(fixtureJson('nested-loop-amplification.json'), [...INNER, 'Actual Loops'], 999);
    expect(messagesOf(auditText(fewer).findings, RULE)).toEqual([]);
  });

  it('stays silent when the inner executions take under 10% of the execution time', () => {
    const fast = withField(fixtureJson('nested-loop-amplification.json'), [...INNER, 'Actual Total Time'], 0.017);
    expect(messagesOf(auditText(fast).findings, RULE)).toEqual([]);
  });

  it('counts Memoize cache misses, not loops: 99,950 hits and 50 misses are 50 executions', () => {
    expect(messagesOf(auditText(memoized(99_950, 50)).findings, RULE)).toEqual([]);
    expect(messagesOf(auditText(memoized(1_000, 5_000)).findings, RULE)).toEqual([
      'Nested Loop ran Index Scan on orders 5,000 times (Memoize answered 1,000 more from its cache), 750.0 ms in total (83.3% of 900.0 ms).',
    ]);
  });

  it('names a forced join-method setting', () => {
    const plan = fixtureJson('nested-loop-amplification.json') as Record<string, unknown>[];
    plan[0].Settings = { enable_hashjoin: 'off' };
    expect(messagesOf(auditText(JSON.stringify(plan)).findings, RULE)).toEqual([
      'Nested Loop ran Index Scan on orders 5,000 times, 750.0 ms in total (83.3% of 900.0 ms). The plan ran with enable_hashjoin = off (not the default), which may be the cause: check the setting before changing the query.',
    ]);
  });
});
