import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'filter-heavy-scan';

describe(RULE, () => {
  it('reports a scan whose filter removes 2,637 of 2,700 rows', () => {
    const [finding] = auditFixture('filter-heavy-scan.json').findings;
    expect(finding).toMatchObject({
      rule: RULE,
      severity: 'warning',
      category: 'performance',
      message: 'Seq Scan on question removed 2,637 of 2,700 rows (97.7%) with filter (exam_id = 1).',
      data: { nodePath: 'Seq Scan on question', rowsRead: 2700, rowsRemoved: 2637 },
    });
  });

  it('stays silent below 1,000 removed rows even at 98% removed', () => {
    const few = withField(fixtureJson('filter-heavy-scan.json'), [0, 'Plan', 'Rows Removed by Filter'], 999);
    expect(messagesOf(auditText(few).findings, RULE)).toEqual([]);
  });

  it('stays silent when the filter removes exactly half of the rows, and fires just above', () => {
    const half = (removed: number, kept: number) =>
      withField(JSON.parse(withField(fixtureJson('filter-heavy-scan.json'), [0, 'Plan', 'Rows Removed by Filter'], removed)), [0, 'Plan', 'Actual Rows'], kept);
    expect(messagesOf(auditText(half(2000, 2000)).findings, RULE)).toEqual([]);
    expect(messagesOf(auditText(half(2001, 2000)).findings, RULE)).toEqual(['Seq Scan on question removed 2,001 of 4,001 rows (50.0%) with filter (exam_id = 1).']);
  });

  it('multiplies the per-loop rows removed by the loops', () => {
    const looped = withField(JSON.parse(withField(fixtureJson('filter-heavy-scan.json'), [0, 'Plan', 'Rows Removed by Filter'], 300)), [0, 'Plan', 'Actual Loops'], 4);
    expect(messagesOf(auditText(looped).findings, RULE)).toEqual(['Seq Scan on question removed 1,200 of 1,452 rows (82.6%) with filter (exam_id = 1).']);
  });

  it('leaves index scans to inefficient-index-scan', () => {
    expect(messagesOf(auditFixture('inefficient-index-scan.json').findings, RULE)).toEqual([]);
  });
});
