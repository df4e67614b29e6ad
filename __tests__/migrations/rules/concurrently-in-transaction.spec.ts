import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

describe('concurrently-in-transaction', () => {
  it('reports CONCURRENTLY between BEGIN and COMMIT, and not before BEGIN or after COMMIT', async () => {
    const sql = [
      'CREATE INDEX CONCURRENTLY a_1 ON a (x);',
      'BEGIN;',
      'CREATE INDEX CONCURRENTLY a_2 ON a (y);',
      'DROP INDEX CONCURRENTLY a_0;',
      'CREATE INDEX a_3 ON a (z);',
      'COMMIT;',
      'CREATE INDEX CONCURRENTLY a_4 ON a (w);',
    ].join('\n');
    expect(await ruleLines('concurrently-in-transaction', sql)).toEqual([
      'm.sql:3:1 concurrently-in-transaction CREATE INDEX CONCURRENTLY inside a transaction block (BEGIN earlier in the file): PostgreSQL refuses it, so the migration fails.',
      'm.sql:4:1 concurrently-in-transaction DROP INDEX CONCURRENTLY inside a transaction block (BEGIN earlier in the file): PostgreSQL refuses it, so the migration fails.',
    ]);
  });

  it('does not carry an open BEGIN into the next file', async () => {
    expect((await checkSnippet({ '1.sql': 'BEGIN;', '2.sql': 'CREATE INDEX CONCURRENTLY a_1 ON a (x);' })).filter((line) => line.includes('concurrently-in-transaction'))).toEqual([]);
  });
});
