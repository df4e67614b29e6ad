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

  it('judges a Materialize or Function Scan inner side by time share alone: replaying rows is not a missing index', () => {
    const inner = (type: string, ms: number) => {
      const plan = fixtureJson('nested-loop-amplification.json') as [{ Plan: { Plans: Record<string, unknown>[] } }];
      // A Materialize or a Function Scan names no table: the fixture's index scan with its type and time changed.
      const { 'Relation Name': relation, 'Index Name': _index, ...rest } = plan[0].Plan.Plans[1];
      plan[0].Plan.Plans[1] = { ...rest, ...(type === 'Index Scan' ? { 'Relation Name': relation } : {}), 'Node Type': type, 'Actual Total Time': ms };
      return JSON.stringify(plan);
    };
    // 5,000 executions for 27.8% of the time: amplification for an index scan, the plan's cheapest rescans for these.
    expect(messagesOf(auditText(inner('Index Scan', 0.05)).findings, RULE)).toEqual(['Nested Loop ran Index Scan on orders 5,000 times, 250.0 ms in total (27.8% of 900.0 ms).']);
    expect(messagesOf(auditText(inner('Materialize', 0.05)).findings, RULE)).toEqual([]);
    expect(messagesOf(auditText(inner('Function Scan', 0.05)).findings, RULE)).toEqual([]);
    // Over half the time, they are reported like any inner side that dominates.
    expect(messagesOf(auditText(inner('Materialize', 0.15)).findings, RULE)).toEqual(['Nested Loop ran Materialize 5,000 times, 750.0 ms in total (83.3% of 900.0 ms), 0.2 ms each.']);
  });

  it('stays silent when the inner executions took under min-inner-ms (10 ms) in all, whatever their share', () => {
    // A 4 ms export page whose 110 primary-key probes took half of it: dominant by share, nothing by time.
    const plan = fixtureJson('nested-loop-amplification.json') as [{ Plan: { Plans: Record<string, unknown>[] }; 'Execution Time': number }];
    Object.assign(plan[0].Plan.Plans[1], { 'Actual Loops': 110, 'Actual Total Time': 0.019 });
    plan[0]['Execution Time'] = 4.1;
    expect(messagesOf(auditText(JSON.stringify(plan)).findings, RULE)).toEqual([]);
    plan[0].Plan.Plans[1]['Actual Total Time'] = 0.1;
    plan[0]['Execution Time'] = 20;
    expect(messagesOf(auditText(JSON.stringify(plan)).findings, RULE)).toEqual(['Nested Loop ran Index Scan on orders 110 times, 11.0 ms in total (55.0% of 20.0 ms), 0.1 ms each.']);
  });

  it('reports an inner side that ran only 20 times when it took over half the time, by time share', () => {
    const few = (ms: number) => withField(JSON.parse(withField(fixtureJson('nested-loop-amplification.json'), [...INNER, 'Actual Loops'], 20)), [...INNER, 'Actual Total Time'], ms);
    const findings = auditText(few(30)).findings.filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.message, f.data?.timeShare])).toEqual([
      ['Nested Loop ran Index Scan on orders 20 times, 600.0 ms in total (66.7% of 900.0 ms), 30.0 ms each.', 0.667],
    ]);
    expect(findings[0].suggestion).toMatch(/^Each execution of the inner side is slow/);
    // 20 executions for 44.4% of the time: under the dominant share, and too few for the executions threshold.
    expect(messagesOf(auditText(few(20)).findings, RULE)).toEqual([]);
    // One execution is not a loop at all.
    const once = withField(JSON.parse(withField(fixtureJson('nested-loop-amplification.json'), [...INNER, 'Actual Loops'], 1)), [...INNER, 'Actual Total Time'], 800);
    expect(messagesOf(auditText(once).findings, RULE)).toEqual([]);
  });

  it('is a notice under warning-time-share (25%): thousands of probes for an eighth of the time are not where it goes', () => {
    // listmonk's get-one-campaign-subscriber: 9,686 index probes (Memoize answered the rest) for 12.6% of 230 ms.
    const graded = (perLoopMs: number, rules = {}) =>
      auditText(withField(fixtureJson('nested-loop-amplification.json'), [...INNER, 'Actual Total Time'], perLoopMs), rules)
        .findings.filter((f) => f.rule === RULE)
        .map((f) => [f.severity, f.message]);
    expect(graded(0.0225)).toEqual([['notice', 'Nested Loop ran Index Scan on orders 5,000 times, 112.5 ms in total (12.5% of 900.0 ms) (a notice: most of the time is spent elsewhere).']]);
    expect(graded(0.045)).toEqual([['warning', 'Nested Loop ran Index Scan on orders 5,000 times, 225.0 ms in total (25.0% of 900.0 ms).']]);
    expect(graded(0.0225, { [RULE]: { severity: 'default', options: { 'warning-time-share': 0.1 } } })).toEqual([
      ['warning', 'Nested Loop ran Index Scan on orders 5,000 times, 112.5 ms in total (12.5% of 900.0 ms).'],
    ]);
  });
});
