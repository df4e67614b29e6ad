import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

describe('column-type-change', () => {
  it('reports ALTER COLUMN TYPE on an existing table, not on a new one nor other ALTER COLUMN forms', async () => {
    const sql = [
      'ALTER TABLE orders ALTER COLUMN total TYPE bigint;',
      'ALTER TABLE orders ALTER COLUMN code SET DATA TYPE varchar(64) USING code::varchar(64);',
      "ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;",
      'CREATE TABLE drafts (total int);',
      'ALTER TABLE drafts ALTER COLUMN total TYPE bigint;',
    ].join('\n');
    expect(await ruleLines('column-type-change', sql)).toEqual([
      'm.sql:1:1 column-type-change ALTER TABLE orders ALTER COLUMN total TYPE bigint: ACCESS EXCLUSIVE on orders; reads and writes wait; the table and its indexes are rewritten unless the old type converts without it (e.g. varchar(n) widened).',
      'm.sql:2:1 column-type-change ALTER TABLE orders ALTER COLUMN code TYPE varchar: ACCESS EXCLUSIVE on orders; reads and writes wait; the table and its indexes are rewritten unless the old type converts without it (e.g. varchar(n) widened).',
    ]);
  });
});
