import { defaultConfig } from '../../../src/core/config/config.js';
import { UsageError } from '../../../src/core/config/usage-error.js';
import { loadingFiles } from '../../../src/queries/embedded/loading-files.js';
import { compareNaturally } from '../../../src/postgres/schema/natural-order.js';
import { makeTree } from '../../helpers/temp-tree.js';

describe('compareNaturally', () => {
  it('compares runs of digits as numbers and everything else by code point', () => {
    const names = ['10_orders.sql', '2_customers.sql', '002_zero_padded.sql', '1_base.sql', 'V1__init.sql', 'V10__late.sql', 'V2__next.sql', '20240131120000_add.sql', '9_nine.sql'];
    expect([...names].sort(compareNaturally)).toEqual([
      '1_base.sql',
      '2_customers.sql',
      '002_zero_padded.sql',
      '9_nine.sql',
      '10_orders.sql',
      '20240131120000_add.sql',
      'V1__init.sql',
      'V2__next.sql',
      'V10__late.sql',
    ]);
  });

  it('keeps plain text order where there are no numbers, and orders equal numbers by their text', () => {
    expect(['b.sql', 'a.sql', 'B.sql'].sort(compareNaturally)).toEqual(['B.sql', 'a.sql', 'b.sql']);
    expect(['1_a.sql', '01_a.sql'].sort(compareNaturally)).toEqual(['01_a.sql', '1_a.sql']);
  });
});

describe('loadingFiles', () => {
  const tree = makeTree({
    'db/migrations/10_orders.sql': '',
    'db/migrations/2_customers.sql': '',
    'db/migrations/notes.md': '',
    'db/seed.sql': '',
  });
  afterAll(() => tree.cleanup());
  const config = (settings: Record<string, unknown>) => ({ ...defaultConfig(tree.root), settings });

  it('takes the migrations setting as the schema when schema is unset, and never as the seed', () => {
    const logged: string[] = [];
    const settings = { migrations: ['db/migrations/*.sql'] };
    expect(loadingFiles(config(settings), 'schema', (line) => logged.push(line)).map((entry) => entry.file)).toEqual(['db/migrations/2_customers.sql', 'db/migrations/10_orders.sql']);
    expect(logged).toEqual(['queries: schema is unset, so the migrations files are loaded as the schema']);
    expect(loadingFiles(config({ ...settings, schema: 'db/seed.sql' }), 'schema').map((entry) => entry.file)).toEqual(['db/seed.sql']);
    expect(loadingFiles(config(settings), 'seed')).toEqual([]);
  });

  it('resolves files and globs in natural name order, relative to the root', () => {
    expect(loadingFiles(config({ schema: ['db/migrations/*.sql'] }), 'schema').map((entry) => entry.file)).toEqual([
      'db/migrations/2_customers.sql',
      'db/migrations/10_orders.sql',
    ]);
    expect(loadingFiles(config({ seed: 'db/seed.sql' }), 'seed').map((entry) => entry.file)).toEqual(['db/seed.sql']);
    expect(loadingFiles(config({}), 'seed')).toEqual([]);
  });

  it('names the setting, the missing file and the expected form', () => {
    expect(() => loadingFiles(config({ schema: 'db/schema.sql' }), 'schema')).toThrow(
      new UsageError(`schema: 'db/schema.sql' does not exist (looked for ${tree.root}/db/schema.sql). Give the path of a SQL schema (migration) file, relative to the repository root.`),
    );
    expect(() => loadingFiles(config({ seed: 'db/seeds/*.sql' }), 'seed')).toThrow(
      new UsageError(`seed: the glob 'db/seeds/*.sql' matches no file under ${tree.root}. Give SQL seed files, e.g. --seed db/seed.sql or seed: ['db/seeds/*.sql'].`),
    );
    expect(() => loadingFiles(config({ schema: 3 }), 'schema')).toThrow(
      new UsageError("schema: got 3; expected a file, a glob, or a list of them, e.g. --schema db/schema.sql or schema: ['db/migrations/*.sql']."),
    );
  });
});
