import { ruleLines } from '../../helpers/migration-snippet.js';

describe('unique-constraint-without-index', () => {
  it('reports UNIQUE and PRIMARY KEY built inside ALTER TABLE; USING INDEX, other constraints and a new table are quiet', async () => {
    const sql = [
      'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
      'ALTER TABLE tags ADD PRIMARY KEY (id);',
      'ALTER TABLE users ADD CONSTRAINT users_login_key UNIQUE USING INDEX users_login_idx;',
      'ALTER TABLE users ADD CONSTRAINT users_age CHECK (age > 0) NOT VALID;',
      'CREATE TABLE devices (id int, serial text);',
      'ALTER TABLE devices ADD CONSTRAINT devices_serial_key UNIQUE (serial);',
    ].join('\n');
    expect(await ruleLines('unique-constraint-without-index', sql)).toEqual([
      'm.sql:1:1 unique-constraint-without-index ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE: its index is built while it holds ACCESS EXCLUSIVE on users; reads and writes wait.',
      'm.sql:2:1 unique-constraint-without-index ALTER TABLE tags ADD PRIMARY KEY: its index is built while it holds ACCESS EXCLUSIVE on tags; reads and writes wait.',
    ]);
  });
});
