import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'non-default-settings';

describe(RULE, () => {
  it('lists the non-default settings as a notice, beside the findings they explain', () => {
    const { findings } = auditFixture('hash-spill.json');
    expect(findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.message])).toEqual([
      ['notice', 'The plan ran with non-default settings: enable_sort = off, work_mem = 64kB.'],
    ]);
    expect(findings.map((f) => f.rule)).toEqual(['hash-spill', 'hash-spill', RULE]);
  });

  it('runs without ANALYZE, and stays silent when the plan lists no settings', () => {
    expect(messagesOf(auditFixture('estimate-only.json').findings, RULE)).toEqual(['The plan ran with non-default settings: enable_indexscan = off.']);
    expect(messagesOf(auditText(withField(fixtureJson('hash-spill.json'), [0, 'Settings'], {})).findings, RULE)).toEqual([]);
    expect(messagesOf(auditFixture('sort-spill.json').findings, RULE)).toEqual([]);
  });
});
