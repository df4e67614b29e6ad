import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'jit-overhead';

describe(RULE, () => {
  it('reports JIT time that is 40% of the execution time, on the plan as a whole', () => {
    const findings = auditFixture('jit-overhead.json').findings.filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.message, f.data?.nodePath, f.line])).toEqual([
      ['JIT took 120.1 ms for 4 functions, 39.8% of the 302.0 ms execution time.', undefined, 4],
    ]);
  });

  it('stays silent when JIT is a small share of a long execution', () => {
    const long = withField(fixtureJson('jit-overhead.json'), [0, 'Execution Time'], 1300);
    expect(messagesOf(auditText(long).findings, RULE)).toEqual([]);
  });
});
