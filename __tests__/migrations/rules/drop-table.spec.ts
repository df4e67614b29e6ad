import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

describe('drop-table', () => {
  it('reports dropping existing tables, leaving out those created in the change', async () => {
    const sql = ['CREATE TABLE scratch (a int);', 'DROP TABLE sessions, scratch;', 'DROP TABLE IF EXISTS audit.events CASCADE;', 'DROP TABLE scratch;'].join('\n');
    expect(await ruleLines('drop-table', sql)).toEqual([
      'm.sql:2:1 drop-table DROP TABLE sessions: ACCESS EXCLUSIVE, the data is gone, and the version of the application still running fails if it uses it.',
      'm.sql:3:1 drop-table DROP TABLE audit.events: ACCESS EXCLUSIVE, the data is gone, and the version of the application still running fails if it uses it.',
    ]);
  });
});
