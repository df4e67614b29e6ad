import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'seq-scan-selective-filter';

describe(RULE, () => {
  it('reports a large sequential scan that keeps 0.2% of its rows, with the node path and the numbers', () => {
    const { findings } = auditFixture('seq-scan-selective-filter.json');
    expect(findings.filter((f) => f.rule === RULE).map((f) => ({ message: f.message, severity: f.severity, nodePath: f.data?.nodePath, line: f.line }))).toEqual([
      {
        message: "Seq Scan on orders removed 998,412 of 1,000,000 rows (99.8%) with filter (status = 'open'::text).",
        severity: 'warning',
        nodePath: 'Seq Scan on orders',
        line: 4,
      },
    ]);
  });

  it('stays silent when the filter keeps more than the max-kept-share, and the option moves the line', () => {
    // 300,000 kept of 1,298,412 read: 23% kept is not selective enough for an index to pay.
    const unselective = withField(fixtureJson('seq-scan-selective-filter.json'), [0, 'Plan', 'Actual Rows'], 300_000);
    expect(messagesOf(auditText(unselective).findings, RULE)).toEqual([]);
    const loosened = auditText(unselective, { [RULE]: { severity: 'default', options: { 'max-kept-share': 0.3 } } });
    expect(messagesOf(loosened.findings, RULE)).toEqual(["Seq Scan on orders removed 998,412 of 1,298,412 rows (76.9%) with filter (status = 'open'::text)."]);
  });

  it('stays silent on a small relation, which filter-heavy-scan covers instead', () => {
    const small = withField(fixtureJson('seq-scan-selective-filter.json'), [0, 'Plan', 'Rows Removed by Filter'], 8000);
    const { findings } = auditText(small);
    expect(messagesOf(findings, RULE)).toEqual([]);
    expect(messagesOf(findings, 'filter-heavy-scan')).toEqual([
      "Seq Scan on orders removed 8,000 of 9,588 rows (83.4%) with filter (status = 'open'::text) (a notice: it read 9,588 rows in 182.4 ms; it keeps 16.6% of them, too many for an index to be chosen).",
    ]);
  });

  it('suggests an index for the rows it keeps, one row in the singular', () => {
    const suggestionFor = (kept: number) =>
      auditText(withField(fixtureJson('seq-scan-selective-filter.json'), [0, 'Plan', 'Actual Rows'], kept)).findings.find((f) => f.rule === RULE)?.suggestion;
    expect(suggestionFor(1)).toBe('An index on the filtered columns of orders lets PostgreSQL read only the 1 row it keeps.');
    expect(suggestionFor(1588)).toBe('An index on the filtered columns of orders lets PostgreSQL read only the 1,588 rows it keeps.');
  });

  it('is the only finding on its node: filter-heavy-scan gives way to it', () => {
    expect(auditFixture('seq-scan-selective-filter.json').findings.map((f) => f.rule)).toEqual([RULE]);
  });
});
