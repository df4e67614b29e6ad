import { UsageError } from '../../../src/core/config/usage-error.js';
import { resolveInputFiles } from '../../../src/postgres/input-files.js';
import { orderMigrations } from '../../../src/postgres/schema/migration-order.js';
import { makeTree } from '../../helpers/temp-tree.js';

const KIND = { setting: 'schema', what: 'SQL schema files', one: 'a SQL schema file', noun: 'schema files', extension: 'sql', example: '--schema db/schema.sql' };

/** Each tool's folder as the tool lays it out, every file empty: only names and the sqitch plan decide the order. */
const tree = makeTree({
  'flyway/V10__late.sql': '',
  'flyway/V2__second.sql': '',
  'flyway/V1_1__patch_with_underscore.sql': '',
  'flyway/V1.10__tenth_patch.sql': '',
  'flyway/V1__init.sql': '',
  'flyway/R__views.sql': '',
  'flyway/R__functions.sql': '',
  'flyway/U2__undo_second.sql': '',
  'flyway/B5__baseline.sql': '',
  'migrate/10_orders.up.sql': '',
  'migrate/10_orders.down.sql': '',
  'migrate/2_users.up.sql': '',
  'migrate/2_users.down.sql': '',
  'prisma/migrations/20240105120000_add_orders/migration.sql': '',
  'prisma/migrations/20231201090000_init/migration.sql': '',
  'prisma/migrations/20240101000000_users_email/migration.sql': '',
  'sqitch/sqitch.plan': [
    '%syntax-version=1.0.0',
    '%project=shop',
    '',
    'schema 2024-01-01T00:00:00Z Ann <ann@example.com> # the schema',
    'users [schema] 2024-01-02T00:00:00Z Ann <ann@example.com>',
    'orders [users] 2024-01-03T00:00:00Z Ann <ann@example.com>',
    '@v1.0 2024-01-04T00:00:00Z Ann <ann@example.com> # first release',
    'audit 2024-01-05T00:00:00Z Ann <ann@example.com>',
    '@v1.1 2024-01-06T00:00:00Z Ann <ann@example.com>',
    'users [users@v1.1] 2024-01-07T00:00:00Z Ann <ann@example.com> # reworked',
  ].join('\n'),
  'sqitch/deploy/users.sql': '',
  'sqitch/deploy/users@v1.1.sql': '',
  'sqitch/deploy/schema.sql': '',
  'sqitch/deploy/orders.sql': '',
  'sqitch/deploy/audit.sql': '',
  'sqitch/revert/users.sql': '',
  'sqitch/verify/users.sql': '',
  'plain/10_b.sql': '',
  'plain/9_a.sql': '',
  'unplanned/sqitch.plan': 'schema 2024-01-01T00:00:00Z Ann <ann@example.com>\n',
  'unplanned/deploy/schema.sql': '',
  'unplanned/deploy/forgotten.sql': '',
});
afterAll(() => tree.cleanup());

function ordered(glob: string) {
  return orderMigrations(resolveInputFiles(tree.root, [glob], KIND), 'schema');
}

describe('orderMigrations', () => {
  it('runs Flyway versions as numbers part by part, then the repeatable ones by name, without undo and baseline files', () => {
    const result = ordered('flyway/*.sql');
    expect(result.files.map((entry) => entry.file)).toEqual([
      'flyway/V1__init.sql',
      'flyway/V1_1__patch_with_underscore.sql',
      'flyway/V1.10__tenth_patch.sql',
      'flyway/V2__second.sql',
      'flyway/V10__late.sql',
      'flyway/R__functions.sql',
      'flyway/R__views.sql',
    ]);
    expect(result.folders).toEqual([{ folder: 'flyway', tool: 'flyway', left: ['flyway/B5__baseline.sql', 'flyway/U2__undo_second.sql'] }]);
  });

  it('runs golang-migrate and dbmate-style up files in number order and leaves the downs out', () => {
    const result = ordered('migrate/*.sql');
    expect(result.files.map((entry) => entry.file)).toEqual(['migrate/2_users.up.sql', 'migrate/10_orders.up.sql']);
    expect(result.folders).toEqual([{ folder: 'migrate', tool: 'golang-migrate', left: ['migrate/10_orders.down.sql', 'migrate/2_users.down.sql'] }]);
  });

  it("runs Prisma's migration folders in timestamp order", () => {
    expect(ordered('prisma/migrations/*/migration.sql').files.map((entry) => entry.file)).toEqual([
      'prisma/migrations/20231201090000_init/migration.sql',
      'prisma/migrations/20240101000000_users_email/migration.sql',
      'prisma/migrations/20240105120000_add_orders/migration.sql',
    ]);
  });

  it("runs sqitch's deploy scripts in plan order, a reworked change's first script under its tag, without revert and verify", () => {
    const result = ordered('sqitch/**/*.sql');
    expect(result.files.map((entry) => entry.file)).toEqual([
      'sqitch/deploy/schema.sql',
      'sqitch/deploy/users@v1.1.sql',
      'sqitch/deploy/orders.sql',
      'sqitch/deploy/audit.sql',
      'sqitch/deploy/users.sql',
    ]);
    expect(result.folders).toEqual([{ folder: 'sqitch', tool: 'sqitch', left: ['sqitch/revert/users.sql', 'sqitch/verify/users.sql'] }]);
  });

  it('refuses a sqitch deploy script that the plan does not list', () => {
    expect(() => ordered('unplanned/deploy/*.sql')).toThrow(
      new UsageError('schema: unplanned/deploy/forgotten.sql is not in unplanned/sqitch.plan, so sqitch never deploys it. Add it to the plan (sqitch add), or leave it out of schema.'),
    );
  });

  it('runs other files by name, numbers as numbers, and folders in name order', () => {
    const result = orderMigrations(resolveInputFiles(tree.root, ['plain/*.sql', 'migrate/*.up.sql'], KIND), 'schema');
    expect(result.files.map((entry) => entry.file)).toEqual(['migrate/2_users.up.sql', 'migrate/10_orders.up.sql', 'plain/9_a.sql', 'plain/10_b.sql']);
    expect(result.folders.map((folder) => folder.tool)).toEqual(['golang-migrate', 'name order']);
  });
});
