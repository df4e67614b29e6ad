import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'slow-trigger';

describe(RULE, () => {
  it('reports the user trigger above 10% of the execution time, not the fast one nor the foreign-key trigger', () => {
    expect(messagesOf(auditFixture('slow-triggers.json').findings, RULE)).toEqual([
      'Trigger audit_customer_delete on customers took 602.5 ms over 1,000 calls, 13.6% of the 4,420.4 ms execution time.',
    ]);
  });

  it('stays silent when the trigger is under 10% of the execution time', () => {
    const quicker = withField(fixtureJson('slow-triggers.json'), [0, 'Triggers', 1, 'Time'], 400);
    expect(messagesOf(auditText(quicker).findings, RULE)).toEqual([]);
  });
});
