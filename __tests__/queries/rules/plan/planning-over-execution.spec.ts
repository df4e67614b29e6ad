import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'planning-over-execution';

describe(RULE, () => {
  it('reports planning that took longer than execution', () => {
    const findings = auditFixture('planning-over-execution.json').findings.filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.severity, f.message])).toEqual([['notice', 'Planning took 45.2 ms, longer than the 3.1 ms execution.']]);
  });

  it('stays silent under 10 ms of planning, or when execution took longer', () => {
    const quick = withField(fixtureJson('planning-over-execution.json'), [0, 'Planning Time'], 9);
    expect(messagesOf(auditText(quick).findings, RULE)).toEqual([]);
    const slowRun = withField(fixtureJson('planning-over-execution.json'), [0, 'Execution Time'], 45.3);
    expect(messagesOf(auditText(slowRun).findings, RULE)).toEqual([]);
  });
});
