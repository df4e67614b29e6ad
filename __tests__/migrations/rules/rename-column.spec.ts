import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

describe('rename-column', () => {
  it('reports RENAME COLUMN on an existing table; renaming the table or a column of a new one is not this rule', async () => {
    const sql = ['ALTER TABLE users RENAME COLUMN mail TO email;', 'ALTER TABLE users RENAME TO members;', 'CREATE TABLE t (a int);', 'ALTER TABLE t RENAME COLUMN a TO b;'].join('\n');
    expect(await ruleLines('rename-column', sql)).toEqual([
      'm.sql:1:1 rename-column ALTER TABLE users RENAME COLUMN mail TO email: the version of the application still running queries mail and fails once this commits.',
    ]);
  });
});
