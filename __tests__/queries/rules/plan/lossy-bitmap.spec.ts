import { auditFixture, auditText, fixtureJson, messagesOf, withField } from '../../plan-fixture.js';

const RULE = 'lossy-bitmap';

describe(RULE, () => {
  it('reports lossy heap blocks with their share and the rows the recheck removed', () => {
    expect(messagesOf(auditFixture('lossy-bitmap.json').findings, RULE)).toEqual([
      'Bitmap Heap Scan on events read 3,800 of 5,000 heap blocks lossy (76.0%) and its recheck removed 150,000 rows.',
    ]);
  });

  it('stays silent on an exact bitmap', () => {
    const exact = withField(fixtureJson('lossy-bitmap.json'), [0, 'Plan', 'Lossy Heap Blocks'], 0);
    expect(messagesOf(auditText(exact).findings, RULE)).toEqual([]);
  });
});
