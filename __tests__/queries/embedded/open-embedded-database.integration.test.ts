import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PGlite } from '@electric-sql/pglite';
import { defaultConfig, type Config } from '../../../src/core/config/config.js';
import type { PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import { openEmbeddedDatabase } from '../../../src/queries/embedded/open-embedded-database.js';
import { startPglite } from '../../../src/postgres/embedded/start-pglite.js';
import { makeTree } from '../../helpers/temp-tree.js';

/**
 * One PGlite for the whole file (each start costs seconds): a schema of two migrations whose names only sort right
 * when numbers compare as numbers, a seed, and 100k generated orders.
 */
const tree = makeTree({
  'db/migrations/2_customers.sql': [
    "CREATE TYPE tier AS ENUM ('free', 'pro', 'enterprise');",
    'CREATE TABLE customers (',
    '  id serial PRIMARY KEY,',
    '  email varchar(120) NOT NULL UNIQUE,',
    '  name text,',
    "  tier tier NOT NULL DEFAULT 'free',",
    '  signed_up date NOT NULL',
    ');',
  ].join('\n'),
  // Needs customers: runs after 2_ only in natural order (plain text order would put 10_ first and fail).
  'db/migrations/10_orders.sql': [
    'CREATE TABLE orders (',
    '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
    '  customer_id int NOT NULL REFERENCES customers (id),',
    "  status text NOT NULL CHECK (status IN ('new', 'paid', 'shipped', 'refunded')),",
    '  amount numeric(8, 2) NOT NULL CHECK (amount > 0),',
    '  quantity int CHECK (quantity BETWEEN 1 AND 20),',
    '  placed_at timestamptz NOT NULL,',
    '  shipped_at timestamptz,',
    '  reference uuid NOT NULL UNIQUE,',
    '  details jsonb,',
    '  CHECK (shipped_at IS NULL OR shipped_at >= placed_at)',
    ');',
    'CREATE TABLE products (sku text PRIMARY KEY, price numeric(6, 2) NOT NULL);',
    'CREATE TABLE order_lines (',
    '  order_id bigint NOT NULL REFERENCES orders (id),',
    '  sku text NOT NULL REFERENCES products (sku),',
    '  PRIMARY KEY (order_id, sku)',
    ');',
  ].join('\n'),
  'db/seed.sql': "INSERT INTO customers (email, name, signed_up) VALUES ('seed@example.com', 'Seed', '2024-01-01');\nINSERT INTO products VALUES ('SKU-1', 9.99), ('SKU-2', 19.99), ('SKU-3', 5);",
});
afterAll(() => tree.cleanup());

function config(): Config {
  const base = defaultConfig(tree.root);
  return {
    ...base,
    settings: { schema: ['db/migrations/*.sql'], seed: 'db/seed.sql', 'table-rows': { customers: 2000, orders: 100_000, order_lines: 300 } },
  };
}

let database: PlanDatabase;
let rowCounts: Record<string, number>;
const log: string[] = [];
let openMs: number;
// An empty cache: this run starts PGlite fresh and saves the fresh data directory for the next runs.
const cache = mkdtempSync(path.join(tmpdir(), 'predator-guard-cache-'));
const cacheSetting = process.env.PREDATOR_GUARD_CACHE_DIR;
// A second run that misses the same empty cache while the first is making the data directory (parallel jobs on one
// runner): it waits for the first's snapshot instead of running initdb too (snapshot-lock.ts).
let waiter: PGlite;
const waiterLog: string[] = [];
let sawLock = false;
beforeAll(async () => {
  process.env.PREDATOR_GUARD_CACHE_DIR = cache;
  const started = performance.now();
  const opening = openEmbeddedDatabase(config(), { log: (line) => log.push(line) });
  while (!sawLock && !readdirSync(cache).some((name) => name.endsWith('.tgz'))) {
    sawLock = readdirSync(cache).some((name) => name.endsWith('.lock'));
    if (!sawLock) await sleep(5);
  }
  // Started with the small buffer pool: a start from the cached data directory takes the size it is given.
  const waiting = startPglite((line) => waiterLog.push(line), [], '16MB');
  ({ database, rowCounts } = await opening);
  openMs = performance.now() - started;
  waiter = await waiting;
}, 120_000);
afterAll(async () => {
  await database?.close();
  await waiter?.close();
  if (cacheSetting === undefined) delete process.env.PREDATOR_GUARD_CACHE_DIR;
  else process.env.PREDATOR_GUARD_CACHE_DIR = cacheSetting;
  rmSync(cache, { recursive: true, force: true });
});

async function value(sql: string): Promise<unknown> {
  const [row] = await database.query(sql);
  return Object.values(row)[0];
}

describe('openEmbeddedDatabase', () => {
  it('applies the migrations in natural name order, then the seed, and reports the row counts the plans see', async () => {
    const [snapshot] = readdirSync(cache);
    expect(snapshot).toMatch(/^pglite-datadir-\d+-\d+\.tgz$/);
    expect(log.slice(0, 5)).toEqual([
      'queries: starting the embedded PostgreSQL (PGlite, in-process)',
      `queries: cached the fresh PGlite data directory in ${path.join(cache, snapshot)}; later runs start faster`,
      'queries: applying the schema file db/migrations/2_customers.sql',
      'queries: applying the schema file db/migrations/10_orders.sql',
      'queries: applying the seed file db/seed.sql',
    ]);
    // table-rows is the size a table ends up with: the seeded customer counts towards the 2000.
    expect(rowCounts).toEqual({ customers: 2000, order_lines: 300, orders: 100_000, products: 3 });
    expect(await value("SELECT count(*)::int FROM customers WHERE email = 'seed@example.com' AND name = 'Seed'")).toBe(1);
    expect(database.identity).toEqual({ kind: 'embedded', version: 'PostgreSQL 18.6 (PGlite 0.5.16)', versionNum: 180006, location: 'PGlite (in-process)' });
    // 102,300 rows asked for: PostgreSQL's own 128 MB pool, so scans of the large table stay in memory (shared-buffers.ts).
    expect(await value('SHOW shared_buffers')).toBe('128MB');
  });

  it('makes the data directory once when a second run finds the cache empty meanwhile: the second starts from its snapshot', async () => {
    expect(sawLock).toBe(true);
    // No "cached the fresh PGlite data directory" of its own: it did not run initdb, it loaded the first run's dump.
    expect(waiterLog).toEqual([]);
    expect((await waiter.query<{ answer: number }>('SELECT 6 * 7 AS answer')).rows).toEqual([{ answer: 42 }]);
    expect((await waiter.query('SHOW shared_buffers')).rows).toEqual([{ shared_buffers: '16MB' }]);
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/^pglite-datadir-\d+-\d+\.tgz$/)]);
  });

  it('fills parents before children and logs each table with its time', () => {
    const generated = log.filter((line) => line.startsWith('queries: generated')).map((line) => line.replace(/ in \d+ms$/, ''));
    expect(generated).toEqual(['queries: generated 1999 rows for customers', 'queries: generated 100000 rows for orders', 'queries: generated 300 rows for order_lines']);
    // The startup, both files, 102k generated rows and ANALYZE: what every run with this config pays.
    process.stdout.write(`openEmbeddedDatabase: ${Math.round(openMs)}ms (${log.filter((line) => line.includes(' in ')).join('; ')})\n`);
  });

  it('honours NOT NULL and leaves about a tenth of the nullable columns NULL', async () => {
    expect(await value('SELECT count(*)::int FROM orders WHERE status IS NULL OR amount IS NULL OR placed_at IS NULL OR reference IS NULL')).toBe(0);
    const nullShare = Number(await value('SELECT avg((quantity IS NULL)::int)::float8 FROM orders'));
    expect(nullShare).toBeGreaterThan(0.08);
    expect(nullShare).toBeLessThan(0.12);
    expect(await value('SELECT count(*)::int FROM orders WHERE details IS NOT NULL')).toBeGreaterThan(80_000);
  });

  it('gives unique keys distinct values, emails that look like emails included', async () => {
    expect(await value('SELECT count(DISTINCT email)::int FROM customers')).toBe(2000);
    expect(await value("SELECT count(*)::int FROM customers WHERE email NOT LIKE '%@example.com'")).toBe(0);
    expect(await value('SELECT count(DISTINCT reference)::int FROM orders')).toBe(100_000);
    expect(await value('SELECT count(DISTINCT (order_id, sku))::int FROM order_lines')).toBe(300);
  });

  it('draws foreign keys from existing parents, skewed so a few parents have many children', async () => {
    expect(await value('SELECT count(*)::int FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE c.id IS NULL')).toBe(0);
    expect(await value('SELECT count(*)::int FROM order_lines l LEFT JOIN products p ON p.sku = l.sku WHERE p.sku IS NULL')).toBe(0);
    const [spread] = await database.query(
      'SELECT max(n)::int AS busiest, (percentile_disc(0.5) WITHIN GROUP (ORDER BY n))::int AS median FROM (SELECT count(*) AS n FROM orders GROUP BY customer_id) per_customer',
    );
    expect(Number(spread.busiest)).toBeGreaterThan(10 * Number(spread.median));
  });

  it('keeps every CHECK: listed values (few, skewed), positive amounts, ranges and a check across columns', async () => {
    const statuses = await database.query('SELECT status, count(*)::int AS n FROM orders GROUP BY status ORDER BY n DESC');
    expect(statuses.map((row) => row.status).sort()).toEqual(['new', 'paid', 'refunded', 'shipped']);
    expect(Number(statuses[0].n)).toBeGreaterThan(2 * Number(statuses[3].n));
    expect(await value('SELECT count(*)::int FROM orders WHERE amount <= 0 OR quantity NOT BETWEEN 1 AND 20 OR shipped_at < placed_at')).toBe(0);
    expect(await value('SELECT count(DISTINCT tier)::int FROM customers')).toBe(3);
  });

  it('has statistics from ANALYZE, so a selective filter gets a real estimate on 100k rows', async () => {
    const actual = Number(await value("SELECT count(*)::int FROM orders WHERE status = 'refunded'"));
    const [row] = await database.run("EXPLAIN (FORMAT JSON) SELECT * FROM orders WHERE status = 'refunded'");
    const plan = (row['QUERY PLAN'] as { Plan: { 'Node Type': string; 'Relation Name': string; 'Plan Rows': number; Filter: string } }[])[0].Plan;
    expect(plan['Node Type']).toBe('Seq Scan');
    expect(plan['Relation Name']).toBe('orders');
    expect(plan.Filter).toBe("(status = 'refunded'::text)");
    expect(actual).toBeGreaterThan(1000);
    expect(actual).toBeLessThan(20_000);
    expect(Math.abs(plan['Plan Rows'] - actual) / actual).toBeLessThan(0.1);
  });
});
