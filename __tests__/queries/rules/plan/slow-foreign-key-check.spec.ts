import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'slow-foreign-key-check';

describe(RULE, () => {
  it('reports the foreign-key action trigger that took 86% of a DELETE, with the index fix', () => {
    expect(messagesOf(auditFixture('slow-triggers.json').findings, RULE)).toEqual([
      'Foreign-key check for constraint orders_customer_id_fkey on customers took 3,810.2 ms over 1,000 calls, 86.2% of the 4,420.4 ms execution time. Each call searches the referencing table: index its foreign-key columns.',
    ]);
  });

  it('stays silent when the check is fast', () => {
    const indexed = withField(fixtureJson('slow-triggers.json'), [0, 'Triggers', 0, 'Time'], 9.5);
    expect(messagesOf(auditText(indexed).findings, RULE)).toEqual([]);
  });
});
