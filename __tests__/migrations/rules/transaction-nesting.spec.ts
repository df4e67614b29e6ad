import { ruleLines } from '../../helpers/migration-snippet.js';

describe('transaction-nesting', () => {
  it('reports a BEGIN inside an open transaction, not the first one nor one after COMMIT', async () => {
    const sql = ['BEGIN;', 'START TRANSACTION;', 'COMMIT;', 'BEGIN;', 'SAVEPOINT s;', 'COMMIT;'].join('\n');
    expect(await ruleLines('transaction-nesting', sql)).toEqual([
      'm.sql:2:1 transaction-nesting BEGIN inside a transaction already open in this file: PostgreSQL ignores it with a warning, and the first COMMIT ends the outer transaction too.',
    ]);
  });
});
