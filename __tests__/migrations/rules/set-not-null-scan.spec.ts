import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

describe('set-not-null-scan', () => {
  it('reports SET NOT NULL unless a CHECK (column IS NOT NULL) was validated before it', async () => {
    const sql = [
      'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      'ALTER TABLE users ADD CONSTRAINT users_name_nn CHECK (name IS NOT NULL) NOT VALID;',
      'ALTER TABLE users ALTER COLUMN name SET NOT NULL;',
      'ALTER TABLE users VALIDATE CONSTRAINT users_name_nn;',
      'ALTER TABLE users ALTER COLUMN name SET NOT NULL;',
      'ALTER TABLE users ADD CONSTRAINT users_phone_nn CHECK (phone IS NOT NULL);',
      'ALTER TABLE users ALTER COLUMN phone SET NOT NULL;',
      'ALTER TABLE orders ALTER COLUMN name SET NOT NULL;',
    ].join('\n');
    expect(await ruleLines('set-not-null-scan', sql)).toEqual([
      'm.sql:1:1 set-not-null-scan ALTER TABLE users ALTER COLUMN email SET NOT NULL: every row is scanned while it holds ACCESS EXCLUSIVE on users; reads and writes wait.',
      'm.sql:3:1 set-not-null-scan ALTER TABLE users ALTER COLUMN name SET NOT NULL: every row is scanned while it holds ACCESS EXCLUSIVE on users; reads and writes wait.',
      'm.sql:8:1 set-not-null-scan ALTER TABLE orders ALTER COLUMN name SET NOT NULL: every row is scanned while it holds ACCESS EXCLUSIVE on orders; reads and writes wait.',
    ]);
  });
});
