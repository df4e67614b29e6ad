import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'index-only-heap-fetches';

describe(RULE, () => {
  it('reports an index-only scan that visited the heap for 80% of its rows', () => {
    expect(messagesOf(auditFixture('index-only-heap-fetches.json').findings, RULE)).toEqual([
      'Index Only Scan on orders fetched 8,000 heap rows for 10,000 index entries (80.0%): the visibility map is out of date.',
    ]);
  });

  it('stays silent under 10% of the rows, and under 100 fetches', () => {
    const rare = withField(fixtureJson('index-only-heap-fetches.json'), [0, 'Plan', 'Heap Fetches'], 999);
    expect(messagesOf(auditText(rare).findings, RULE)).toEqual([]);
    const tiny = JSON.parse(withField(fixtureJson('index-only-heap-fetches.json'), [0, 'Plan', 'Actual Rows'], 150));
    expect(messagesOf(auditText(withField(tiny, [0, 'Plan', 'Heap Fetches'], 99)).findings, RULE)).toEqual([]);
  });
});
