import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'filter-heavy-scan';
/** seq-scan-selective-filter reports a large selective Seq Scan in this rule's place; off, this rule's grading shows. */
const ALONE = { 'seq-scan-selective-filter': { severity: 'off' as const, options: {} } };

/** The question fixture (a real plan's scan) with its counts and time changed; `timeMs: undefined` drops the timing. */
function questionScan(kept: number, removed: number, timeMs: number | undefined): string {
  const plan = fixtureJson('filter-heavy-scan.json') as [{ Plan: Record<string, unknown> }];
  Object.assign(plan[0].Plan, { 'Actual Rows': kept, 'Rows Removed by Filter': removed, 'Actual Total Time': timeMs });
  if (timeMs === undefined) {
    delete plan[0].Plan['Actual Total Time'];
    delete plan[0].Plan['Actual Startup Time'];
  }
  return JSON.stringify(plan);
}

function graded(text: string, rules = ALONE): { severity: string; message: string }[] {
  return auditText(text, rules)
    .findings.filter((finding) => finding.rule === RULE)
    .map(({ severity, message }) => ({ severity, message }));
}

describe(RULE, () => {
  it('reports the 2,637 of 2,700 rows removed in a 0.6 ms scan as a notice: low severity, nothing to fail a gate on', () => {
    const [finding] = auditFixture('filter-heavy-scan.json').findings;
    expect(finding).toMatchObject({
      rule: RULE,
      severity: 'notice',
      category: 'performance',
      message: 'Seq Scan on question removed 2,637 of 2,700 rows (97.7%) with filter (exam_id = 1) (a notice: it read 2,700 rows in 0.6 ms).',
      data: { nodePath: 'Seq Scan on question', rowsRead: 2700, rowsRemoved: 2637, timeMs: 0.612 },
    });
  });

  it('is a warning when the scan is material (10,000 rows read, 10 ms) and its filter keeps at most 10%', () => {
    expect(graded(questionScan(63, 26_937, 12.5))).toEqual([
      { severity: 'warning', message: 'Seq Scan on question removed 26,937 of 27,000 rows (99.8%) with filter (exam_id = 1).' },
    ]);
  });

  it('is a notice when the filter keeps a large share, however long the scan: an index would not be chosen', () => {
    // river's count(*) for a state holding a third of the jobs: 196,784 of 300,000 removed.
    expect(graded(questionScan(103_216, 196_784, 40))).toEqual([
      {
        severity: 'notice',
        message:
          'Seq Scan on question removed 196,784 of 300,000 rows (65.6%) with filter (exam_id = 1) (a notice: it keeps 34.4% of them, too many for an index to be chosen).',
      },
    ]);
  });

  it('is a notice for a selective scan that took under 10 ms, or read under 10,000 rows', () => {
    expect(graded(questionScan(63, 26_937, 3))).toEqual([
      { severity: 'notice', message: 'Seq Scan on question removed 26,937 of 27,000 rows (99.8%) with filter (exam_id = 1) (a notice: it read 27,000 rows in 3.0 ms).' },
    ]);
    // The loaded machine's 15 ms for 2,700 rows is the machine, not the table.
    expect(graded(questionScan(63, 2637, 15))).toEqual([
      { severity: 'notice', message: 'Seq Scan on question removed 2,637 of 2,700 rows (97.7%) with filter (exam_id = 1) (a notice: it read 2,700 rows in 15.0 ms).' },
    ]);
  });

  it('judges a plan without timing by the rows read alone', () => {
    expect(graded(questionScan(63, 26_937, undefined))).toEqual([
      { severity: 'warning', message: 'Seq Scan on question removed 26,937 of 27,000 rows (99.8%) with filter (exam_id = 1).' },
    ]);
    expect(graded(questionScan(63, 2637, undefined))).toEqual([
      { severity: 'notice', message: 'Seq Scan on question removed 2,637 of 2,700 rows (97.7%) with filter (exam_id = 1) (a notice: it read 2,700 rows).' },
    ]);
  });

  it('moves the warning line with its options', () => {
    const rules = { ...ALONE, [RULE]: { severity: 'default' as const, options: { 'warning-min-ms': 0.5, 'warning-min-rows': 2000, 'warning-max-kept-share': 0.05 } } };
    expect(graded(questionScan(63, 2637, 0.612), rules)).toEqual([
      { severity: 'warning', message: 'Seq Scan on question removed 2,637 of 2,700 rows (97.7%) with filter (exam_id = 1).' },
    ]);
    expect(graded(questionScan(270, 2430, 0.612), rules)).toEqual([
      {
        severity: 'notice',
        message: 'Seq Scan on question removed 2,430 of 2,700 rows (90.0%) with filter (exam_id = 1) (a notice: it keeps 10.0% of them, too many for an index to be chosen).',
      },
    ]);
  });

  it('stays silent below 1,000 removed rows even at 98% removed', () => {
    const few = withField(fixtureJson('filter-heavy-scan.json'), [0, 'Plan', 'Rows Removed by Filter'], 999);
    expect(messagesOf(auditText(few).findings, RULE)).toEqual([]);
  });

  it('stays silent when the filter removes exactly half of the rows, and fires just above', () => {
    expect(messagesOf(auditText(questionScan(2000, 2000, 0.612)).findings, RULE)).toEqual([]);
    expect(messagesOf(auditText(questionScan(2000, 2001, 0.612)).findings, RULE)).toEqual([
      'Seq Scan on question removed 2,001 of 4,001 rows (50.0%) with filter (exam_id = 1) (a notice: it read 4,001 rows in 0.6 ms; it keeps 50.0% of them, too many for an index to be chosen).',
    ]);
  });

  it('multiplies the per-loop rows removed by the loops', () => {
    const looped = withField(JSON.parse(withField(fixtureJson('filter-heavy-scan.json'), [0, 'Plan', 'Rows Removed by Filter'], 300)), [0, 'Plan', 'Actual Loops'], 4);
    expect(messagesOf(auditText(looped).findings, RULE)).toEqual([
      'Seq Scan on question removed 1,200 of 1,452 rows (82.6%) with filter (exam_id = 1) (a notice: it read 1,452 rows in 2.4 ms; it keeps 17.4% of them, too many for an index to be chosen).',
    ]);
  });

  it('leaves index scans to inefficient-index-scan', () => {
    expect(messagesOf(auditFixture('inefficient-index-scan.json').findings, RULE)).toEqual([]);
  });
});
