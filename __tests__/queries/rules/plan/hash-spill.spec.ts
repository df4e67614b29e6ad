import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'hash-spill';
const NOTE = ' The plan ran with work_mem = 64kB (not the default), which may be the cause: check the setting before changing the query.';

describe(RULE, () => {
  it('reports a hash aggregate and a hash join that split into batches, naming the forced work_mem', () => {
    const findings = auditFixture('hash-spill.json').findings.filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.data?.nodePath, f.message])).toEqual([
      ['HashAggregate', `HashAggregate split its hash table into 85 batches (planned 4 partitions) and wrote 1,880 kB to disk.${NOTE}`],
      ['HashAggregate > Hash Join > Hash', `HashAggregate > Hash Join > Hash split its hash table into 16 batches (planned 1).${NOTE}`],
    ]);
  });

  it('stays silent on one batch without disk use', () => {
    const oneBatch = JSON.parse(withField(fixtureJson('hash-spill.json'), [0, 'Plan', 'HashAgg Batches'], 1));
    const noDisk = JSON.parse(withField(oneBatch, [0, 'Plan', 'Disk Usage'], 0));
    const fitted = withField(noDisk, [0, 'Plan', 'Plans', 0, 'Plans', 1, 'Hash Batches'], 1);
    expect(messagesOf(auditText(fitted).findings, RULE)).toEqual([]);
  });

  it('is a notice for a 2-batch split, a warning from warning-min-batches (4)', () => {
    const graded = (batches: number, rules = {}) =>
      auditText(withField(fixtureJson('hash-spill.json'), [0, 'Plan', 'Plans', 0, 'Plans', 1, 'Hash Batches'], batches), rules)
        .findings.filter((f) => f.rule === RULE && f.data?.nodePath === 'HashAggregate > Hash Join > Hash')
        .map((f) => [f.severity, f.message]);
    expect(graded(2)).toEqual([
      ['notice', `HashAggregate > Hash Join > Hash split its hash table into 2 batches (planned 1) (a notice: few batches, one extra pass over part of the rows).${NOTE}`],
    ]);
    expect(graded(4)).toEqual([['warning', `HashAggregate > Hash Join > Hash split its hash table into 4 batches (planned 1).${NOTE}`]]);
    expect(graded(2, { [RULE]: { severity: 'default', options: { 'warning-min-batches': 2 } } })).toEqual([
      ['warning', `HashAggregate > Hash Join > Hash split its hash table into 2 batches (planned 1).${NOTE}`],
    ]);
  });
});
