import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

describe('rename-table', () => {
  it('reports renaming an existing table; a column rename or a table created in the file is quiet', async () => {
    const sql = ['ALTER TABLE users RENAME TO members;', 'ALTER TABLE users RENAME COLUMN mail TO email;', 'CREATE TABLE tmp (a int);', 'ALTER TABLE tmp RENAME TO kept;'].join('\n');
    expect(await ruleLines('rename-table', sql)).toEqual([
      'm.sql:1:1 rename-table ALTER TABLE users RENAME TO members: the version of the application still running queries users and fails once this commits.',
    ]);
  });
});
