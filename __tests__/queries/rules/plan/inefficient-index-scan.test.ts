import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'inefficient-index-scan';

describe(RULE, () => {
  it('reports an index scan whose filter removes 4,988 of the 5,000 rows it fetched', () => {
    expect(messagesOf(auditFixture('inefficient-index-scan.json').findings, RULE)).toEqual([
      "Index Scan on orders fetched 5,000 rows through orders_customer_id_idx (customer_id = 42) and its filter (status = 'open'::text) removed 4,988 of them (99.8%).",
    ]);
  });

  it('stays silent when the filter removes fewer than 100 rows', () => {
    const few = withField(fixtureJson('inefficient-index-scan.json'), [0, 'Plan', 'Rows Removed by Filter'], 99);
    expect(messagesOf(auditText(few).findings, RULE)).toEqual([]);
  });

  it('honours min-removed-rows from the config', () => {
    const strict = auditFixture('inefficient-index-scan.json', { [RULE]: { severity: 'error', options: { 'min-removed-rows': 5000 } } });
    expect(messagesOf(strict.findings, RULE)).toEqual([]);
    const lenient = auditFixture('inefficient-index-scan.json', { [RULE]: { severity: 'error', options: { 'min-removed-rows': 4988 } } });
    expect(lenient.findings.map((f) => f.severity)).toEqual(['error']);
  });
});
