import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'workers-not-launched';

describe(RULE, () => {
  it('reports a Gather that launched 2 of 4 planned workers', () => {
    expect(messagesOf(auditFixture('workers-not-launched.json').findings, RULE)).toEqual([
      'Gather launched 2 of 4 planned workers, so 3 processes (the leader included) did the work planned for 5.',
    ]);
  });

  it('stays silent when every planned worker was launched', () => {
    const full = withField(fixtureJson('workers-not-launched.json'), [0, 'Plan', 'Workers Launched'], 4);
    expect(messagesOf(auditText(full).findings, RULE)).toEqual([]);
  });
});
