import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'sort-spill';

describe(RULE, () => {
  it('reports an external merge sort of 1,648 kB as a notice: a small spill', () => {
    expect(auditFixture('sort-spill.json').findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.message])).toEqual([
      ['notice', 'Sort by items.descr spilled to disk: external merge using 1,648 kB (a notice: a small spill, merged in one pass).'],
    ]);
  });

  it('is a warning from warning-min-disk-kb (16 MB), and the option moves the line', () => {
    const graded = (kb: number, rules = {}) =>
      auditText(withField(fixtureJson('sort-spill.json'), [0, 'Plan', 'Sort Space Used'], kb), rules)
        .findings.filter((f) => f.rule === RULE)
        .map((f) => [f.severity, f.message]);
    expect(graded(16_384)).toEqual([['warning', 'Sort by items.descr spilled to disk: external merge using 16,384 kB.']]);
    // river's JobGetByKindMany: every job of a kind sorted by id, no LIMIT, under the default work_mem.
    expect(graded(5920)).toEqual([['notice', 'Sort by items.descr spilled to disk: external merge using 5,920 kB (a notice: a small spill, merged in one pass).']]);
    expect(graded(1648, { [RULE]: { severity: 'default', options: { 'warning-min-disk-kb': 1000 } } })).toEqual([
      ['warning', 'Sort by items.descr spilled to disk: external merge using 1,648 kB.'],
    ]);
  });

  it('stays silent on an in-memory sort', () => {
    const inMemory = JSON.parse(withField(fixtureJson('sort-spill.json'), [0, 'Plan', 'Sort Method'], 'quicksort'));
    expect(messagesOf(auditText(withField(inMemory, [0, 'Plan', 'Sort Space Type'], 'Memory')).findings, RULE)).toEqual([]);
  });

  it('says so when the plan ran with a forced work_mem', () => {
    const plan = fixtureJson('sort-spill.json') as Record<string, unknown>[];
    plan[0].Settings = { work_mem: '64kB' };
    expect(messagesOf(auditText(JSON.stringify(plan)).findings, RULE)).toEqual([
      'Sort by items.descr spilled to disk: external merge using 1,648 kB (a notice: a small spill, merged in one pass). The plan ran with work_mem = 64kB (not the default), which may be the cause: check the setting before changing the query.',
    ]);
  });
});
