import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'sort-spill';

describe(RULE, () => {
  it('reports an external merge sort with its disk use', () => {
    expect(messagesOf(auditFixture('sort-spill.json').findings, RULE)).toEqual(['Sort by items.descr spilled to disk: external merge using 1,648 kB.']);
  });

  it('stays silent on an in-memory sort', () => {
    const inMemory = JSON.parse(withField(fixtureJson('sort-spill.json'), [0, 'Plan', 'Sort Method'], 'quicksort'));
    expect(messagesOf(auditText(withField(inMemory, [0, 'Plan', 'Sort Space Type'], 'Memory')).findings, RULE)).toEqual([]);
  });

  it('says so when the plan ran with a forced work_mem', () => {
    const plan = fixtureJson('sort-spill.json') as Record<string, unknown>[];
    plan[0].Settings = { work_mem: '64kB' };
    expect(messagesOf(auditText(JSON.stringify(plan)).findings, RULE)).toEqual([
      'Sort by items.descr spilled to disk: external merge using 1,648 kB. The plan ran with work_mem = 64kB (not the default), which may be the cause: check the setting before changing the query.',
    ]);
  });
});
