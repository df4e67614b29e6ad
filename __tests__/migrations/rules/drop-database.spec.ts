import { ruleLines } from '../../helpers/migration-snippet.js';

describe('drop-database', () => {
  it('reports DROP DATABASE and nothing else', async () => {
    expect(await ruleLines('drop-database', 'DROP DATABASE IF EXISTS legacy_reports;\nDROP SCHEMA scratch;')).toEqual([
      'm.sql:1:1 drop-database DROP DATABASE legacy_reports: every table and row in it is gone, wherever the migration runs.',
    ]);
  });
});
