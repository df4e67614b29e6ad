import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

describe('volatile-column-default', () => {
  it('reports a volatile or unknown function default and serial types; a constant, now() or no default is quiet', async () => {
    const sql = [
      'ALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid();',
      'ALTER TABLE accounts ADD COLUMN seq bigserial;',
      'ALTER TABLE accounts ADD COLUMN score numeric DEFAULT round(random() * 10);',
      "ALTER TABLE accounts ADD COLUMN status text DEFAULT 'active';",
      'ALTER TABLE accounts ADD COLUMN created_at timestamptz DEFAULT now();',
      'ALTER TABLE accounts ADD COLUMN seen_at timestamptz DEFAULT CURRENT_TIMESTAMP;',
      'ALTER TABLE accounts ADD COLUMN flags int[] DEFAULT ARRAY[]::int[], ADD COLUMN note text;',
      'CREATE TABLE fresh (id int);',
      'ALTER TABLE fresh ADD COLUMN token uuid DEFAULT gen_random_uuid();',
    ].join('\n');
    expect(await ruleLines('volatile-column-default', sql)).toEqual([
      'm.sql:1:1 volatile-column-default ALTER TABLE accounts ADD COLUMN token: the default calls gen_random_uuid(), which is not known to be STABLE or IMMUTABLE, so the table is rewritten; ACCESS EXCLUSIVE on accounts; reads and writes wait.',
      "m.sql:2:1 volatile-column-default ALTER TABLE accounts ADD COLUMN seq: the default calls the bigserial type's nextval(), which is not known to be STABLE or IMMUTABLE, so the table is rewritten; ACCESS EXCLUSIVE on accounts; reads and writes wait.",
      'm.sql:3:1 volatile-column-default ALTER TABLE accounts ADD COLUMN score: the default calls round(), which is not known to be STABLE or IMMUTABLE, so the table is rewritten; ACCESS EXCLUSIVE on accounts; reads and writes wait.',
    ]);
  });
});
