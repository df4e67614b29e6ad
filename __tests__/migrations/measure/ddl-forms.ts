/**
 * DDL forms with the table locks and rewrites PostgreSQL's documentation gives them ("Explicit Locking", the
 * ALTER TABLE, CREATE/DROP INDEX, CREATE TRIGGER, CLUSTER and TRUNCATE pages of versions 15 and 18), run on
 * BASE_SCHEMA. `locks` is the strongest mode per table that held rows before the statement; `rewrites` the tables
 * whose data files were replaced. `pg18` holds what differs from PostgreSQL 18 on (PGlite is 18 too).
 */
export interface DdlForm {
  form: string;
  sql: string;
  locks: Record<string, string>;
  rewrites?: string[];
  /** CONCURRENTLY forms: not run in the transaction; the documented lock (a dropped index's table is looked up in the database when the migration runs). */
  documented?: string;
  /** What PostgreSQL 15 does instead, when it differs (refused: the form is new in 18). */
  pg15?: 'refused';
}

export const BASE_SCHEMA = `
CREATE TABLE customers (id int PRIMARY KEY, name text);
INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 100) AS g;
CREATE TABLE orders (id int PRIMARY KEY, customer_id int, total int, note varchar(20), status text, created_at timestamptz DEFAULT now());
INSERT INTO orders SELECT g, 1 + g % 100, g, 'note', 'open', now() FROM generate_series(1, 1000) AS g;
CREATE INDEX orders_total ON orders (total);
CREATE UNIQUE INDEX orders_id_note ON orders (id, note);
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_status_present CHECK (status IS NOT NULL);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO events VALUES (1, '2025-03-01');
CREATE TABLE events_2026 (id int, at date NOT NULL);
INSERT INTO events_2026 VALUES (2, '2026-03-01');
ANALYZE;
`;

const AE = 'ACCESS EXCLUSIVE';
const SUE = 'SHARE UPDATE EXCLUSIVE';
const SRE = 'SHARE ROW EXCLUSIVE';

export const DDL_FORMS: DdlForm[] = [
  { form: 'ADD COLUMN, no default', sql: 'ALTER TABLE orders ADD COLUMN a int', locks: { orders: AE } },
  { form: 'ADD COLUMN, constant default', sql: 'ALTER TABLE orders ADD COLUMN b int DEFAULT 0', locks: { orders: AE } },
  { form: 'ADD COLUMN, constant default, NOT NULL', sql: "ALTER TABLE orders ADD COLUMN b text NOT NULL DEFAULT 'x'", locks: { orders: AE } },
  { form: 'ADD COLUMN, volatile default', sql: 'ALTER TABLE orders ADD COLUMN c float8 DEFAULT random()', locks: { orders: AE }, rewrites: ['orders'] },
  { form: 'ADD COLUMN, stored generated', sql: 'ALTER TABLE orders ADD COLUMN d int GENERATED ALWAYS AS (total * 2) STORED', locks: { orders: AE }, rewrites: ['orders'] },
  { form: 'ADD COLUMN serial', sql: 'ALTER TABLE orders ADD COLUMN e serial', locks: { orders: AE }, rewrites: ['orders'] },
  { form: 'SET NOT NULL, no CHECK', sql: 'ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL', locks: { orders: AE } },
  { form: 'SET NOT NULL, validated CHECK', sql: 'ALTER TABLE orders ALTER COLUMN status SET NOT NULL', locks: { orders: AE } },
  { form: 'ALTER TYPE int → bigint', sql: 'ALTER TABLE orders ALTER COLUMN total TYPE bigint', locks: { orders: AE }, rewrites: ['orders'] },
  { form: 'ALTER TYPE varchar(20) → varchar(40)', sql: 'ALTER TABLE orders ALTER COLUMN note TYPE varchar(40)', locks: { orders: AE } },
  { form: 'ALTER TYPE varchar(20) → text', sql: 'ALTER TABLE orders ALTER COLUMN note TYPE text', locks: { orders: AE } },
  { form: 'ALTER TYPE varchar(20) → varchar(10)', sql: 'ALTER TABLE orders ALTER COLUMN note TYPE varchar(10)', locks: { orders: AE }, rewrites: ['orders'] },
  { form: 'ADD CONSTRAINT CHECK', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_small CHECK (total < 1000000)', locks: { orders: AE } },
  { form: 'ADD CONSTRAINT CHECK NOT VALID', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_small CHECK (total < 1000000) NOT VALID', locks: { orders: AE } },
  { form: 'VALIDATE CONSTRAINT', sql: 'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive', locks: { orders: SUE } },
  { form: 'ADD FOREIGN KEY', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)', locks: { customers: SRE, orders: SRE } },
  { form: 'ADD FOREIGN KEY NOT VALID', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID', locks: { customers: SRE, orders: SRE } },
  { form: 'ADD UNIQUE', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_key UNIQUE (total)', locks: { orders: AE } },
  { form: 'ADD UNIQUE USING INDEX', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_id_note_key UNIQUE USING INDEX orders_id_note', locks: { orders: AE } },
  { form: 'ADD NOT NULL NOT VALID (18)', sql: 'ALTER TABLE orders ADD CONSTRAINT orders_note_present NOT NULL note NOT VALID', locks: { orders: AE }, pg15: 'refused' },
  { form: 'CREATE INDEX', sql: 'CREATE INDEX orders_note ON orders (note)', locks: { orders: 'SHARE' } },
  { form: 'CREATE UNIQUE INDEX', sql: 'CREATE UNIQUE INDEX orders_total_unique ON orders (total)', locks: { orders: 'SHARE' } },
  { form: 'CREATE INDEX CONCURRENTLY', sql: 'CREATE INDEX CONCURRENTLY orders_note ON orders (note)', locks: {}, documented: `${SUE} on orders` },
  { form: 'DROP INDEX', sql: 'DROP INDEX orders_total', locks: { orders: AE } },
  { form: 'DROP INDEX CONCURRENTLY', sql: 'DROP INDEX CONCURRENTLY orders_total', locks: {}, documented: `${SUE} on (its index)` },
  { form: 'RENAME COLUMN', sql: 'ALTER TABLE orders RENAME COLUMN note TO remark', locks: { orders: AE } },
  { form: 'RENAME TABLE', sql: 'ALTER TABLE orders RENAME TO purchases', locks: { orders: AE } },
  { form: 'SET DEFAULT', sql: "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open'", locks: { orders: AE } },
  { form: 'DROP DEFAULT', sql: 'ALTER TABLE orders ALTER COLUMN created_at DROP DEFAULT', locks: { orders: AE } },
  { form: 'DROP COLUMN', sql: 'ALTER TABLE orders DROP COLUMN note', locks: { orders: AE } },
  { form: 'SET STATISTICS', sql: 'ALTER TABLE orders ALTER COLUMN total SET STATISTICS 500', locks: { orders: SUE } },
  { form: 'SET (fillfactor)', sql: 'ALTER TABLE orders SET (fillfactor = 70)', locks: { orders: SUE } },
  { form: 'SET UNLOGGED', sql: 'ALTER TABLE orders SET UNLOGGED', locks: { orders: AE }, rewrites: ['orders'] },
  { form: 'CREATE TRIGGER', sql: 'CREATE TRIGGER orders_touch_insert BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch()', locks: { orders: SRE } },
  { form: 'DISABLE TRIGGER', sql: 'ALTER TABLE orders DISABLE TRIGGER orders_touch', locks: { orders: SRE } },
  { form: 'CREATE STATISTICS', sql: 'CREATE STATISTICS orders_stats ON customer_id, status FROM orders', locks: { orders: SUE } },
  { form: 'ATTACH PARTITION', sql: "ALTER TABLE events ATTACH PARTITION events_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')", locks: { events: SUE, events_2026: AE } },
  { form: 'DETACH PARTITION', sql: 'ALTER TABLE events DETACH PARTITION events_2025', locks: { events: AE, events_2025: AE } },
  { form: 'DETACH PARTITION CONCURRENTLY', sql: 'ALTER TABLE events DETACH PARTITION events_2025 CONCURRENTLY', locks: {}, documented: `${SUE} on events` },
  { form: 'CLUSTER', sql: 'CLUSTER orders USING orders_pkey', locks: { orders: AE }, rewrites: ['orders'] },
  { form: 'TRUNCATE', sql: 'TRUNCATE orders', locks: { orders: AE }, rewrites: ['orders'] },
  { form: 'DROP TABLE', sql: 'DROP TABLE events_2026', locks: { events_2026: AE } },
];
