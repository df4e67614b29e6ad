import { checkSnippet, ruleFixes, ruleLines } from '../../helpers/migration-snippet.js';

describe('missing-lock-timeout', () => {
  it('reports the first lock on an existing table of a file without lock_timeout, once', async () => {
    const sql = ['CREATE TABLE t (a int);', 'CREATE INDEX ON t (a);', 'ALTER TABLE users ADD COLUMN x int;', 'ALTER TABLE users ADD COLUMN y int;'].join('\n');
    expect(await ruleLines('missing-lock-timeout', sql)).toEqual([
      'm.sql:3:1 missing-lock-timeout ALTER TABLE on users with no lock_timeout set before it in the file: while it waits for its lock, every query on users waits behind it.',
    ]);
  });

  it('is quiet after SET lock_timeout, and again reports after SET lock_timeout = 0 or in the next file', async () => {
    expect(await ruleLines('missing-lock-timeout', "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN x int;\nCREATE INDEX CONCURRENTLY ON users (x);")).toEqual([]);
    expect(await ruleLines('missing-lock-timeout', 'SET lock_timeout = 0;\nALTER TABLE users RENAME COLUMN x TO z;')).toEqual([
      'm.sql:2:1 missing-lock-timeout RENAME on users with no lock_timeout set before it in the file: while it waits for its lock, every query on users waits behind it.',
    ]);
    const lines = await checkSnippet({ '1.sql': "SET lock_timeout = '2s';\nALTER TABLE a ADD COLUMN x int;", '2.sql': 'ALTER TABLE a ADD COLUMN y int;' });
    expect(lines.filter((line) => line.includes('missing-lock-timeout'))).toEqual([
      '2.sql:1:1 missing-lock-timeout ALTER TABLE on a with no lock_timeout set before it in the file: while it waits for its lock, every query on a waits behind it.',
    ]);
  });

  it('carries the machine fix: SET lock_timeout on a line of its own before the statement, indented as it is', async () => {
    expect(await ruleFixes('missing-lock-timeout', '-- add a column\n    ALTER TABLE invoices ADD COLUMN paid boolean;')).toEqual([
      { line: 2, fix: { startLine: 2, endLine: 2, lines: ["    SET lock_timeout = '2s';", '    ALTER TABLE invoices ADD COLUMN paid boolean;'], note: 'Retry the migration when it fails on the timeout.' } },
    ]);
  });
});
