import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

describe('drop-column', () => {
  it('reports each dropped column of an existing table; a new table or other commands are quiet', async () => {
    const sql = ['ALTER TABLE users DROP COLUMN legacy_id, DROP COLUMN IF EXISTS fax, ADD COLUMN x int;', 'CREATE TABLE t (a int, b int);', 'ALTER TABLE t DROP COLUMN b;'].join('\n');
    expect(await ruleLines('drop-column', sql)).toEqual([
      'm.sql:1:1 drop-column ALTER TABLE users DROP COLUMN legacy_id: ACCESS EXCLUSIVE on users (brief, no rewrite), and the version of the application still running fails if it names the column.',
      'm.sql:1:1 drop-column ALTER TABLE users DROP COLUMN fax: ACCESS EXCLUSIVE on users (brief, no rewrite), and the version of the application still running fails if it names the column.',
    ]);
  });
});
