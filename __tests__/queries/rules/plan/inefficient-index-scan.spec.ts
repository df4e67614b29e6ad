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

  it('is a warning when the filter keeps at most 10% of the fetched rows, a notice above: the scan then reads a few times what it returns', () => {
    const graded = (kept: number, removed: number, rules = {}) => {
      const plan = fixtureJson('inefficient-index-scan.json') as [{ Plan: Record<string, unknown> }];
      Object.assign(plan[0].Plan, { 'Actual Rows': kept, 'Rows Removed by Filter': removed });
      return auditText(JSON.stringify(plan), rules).findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.message]);
    };
    expect(auditFixture('inefficient-index-scan.json').findings.map((f) => f.severity)).toEqual(['warning']);
    // river's JobGetByKindMany: every job of a kind in id order, 45% of the rows walked through the primary key.
    expect(graded(2250, 2750)).toEqual([
      [
        'notice',
        "Index Scan on orders fetched 5,000 rows through orders_customer_id_idx (customer_id = 42) and its filter (status = 'open'::text) removed 2,750 of them (55.0%) (a notice: it keeps 45.0%, so it reads at most a few times the rows it returns).",
      ],
    ]);
    expect(graded(500, 4500)).toEqual([
      ['warning', "Index Scan on orders fetched 5,000 rows through orders_customer_id_idx (customer_id = 42) and its filter (status = 'open'::text) removed 4,500 of them (90.0%)."],
    ]);
    expect(graded(2250, 2750, { [RULE]: { severity: 'default', options: { 'warning-max-kept-share': 0.5 } } }).map(([severity]) => severity)).toEqual(['warning']);
  });
});
