import { createIndexSql, indexName } from '../../../src/queries/advice/index-definition.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

describe('index definitions', () => {
  it('writes equality, sort direction and expression keys, CONCURRENTLY for the suggestion only', () => {
    const definition = { schema: 'public', table: 'orders', keys: [{ column: 'customer_id' }, { column: 'created_at', descending: true }] };
    expect(createIndexSql(parser, definition, { concurrently: true })).toBe(
      'CREATE INDEX CONCURRENTLY idx_orders_customer_id_created_at ON orders (customer_id, created_at DESC)',
    );
    expect(createIndexSql(parser, definition, { concurrently: false })).toBe('CREATE INDEX idx_orders_customer_id_created_at ON orders (customer_id, created_at DESC)');
    expect(createIndexSql(parser, { schema: 'public', table: 'customers', keys: [{ column: 'email', wrappedIn: 'lower' }] }, { concurrently: true })).toBe(
      'CREATE INDEX CONCURRENTLY idx_customers_lower_email ON customers (lower(email))',
    );
  });

  it('writes a partial index WHERE from the literal, quoting it', () => {
    const partial = { key: { column: 'status' }, values: [{ kind: 'string' as const, value: "on 'hold'" }] };
    expect(createIndexSql(parser, { schema: 'public', table: 'orders', keys: [{ column: 'created_at' }], partial }, { concurrently: true })).toBe(
      "CREATE INDEX CONCURRENTLY idx_orders_created_at_partial ON orders (created_at) WHERE status = 'on ''hold'''",
    );
    const nulls = { key: { column: 'deleted_at' }, values: [{ kind: 'null' as const }] };
    expect(createIndexSql(parser, { schema: 'public', table: 'orders', keys: [{ column: 'id' }], partial: nulls }, { concurrently: true })).toBe(
      'CREATE INDEX CONCURRENTLY idx_orders_id_partial ON orders (id) WHERE deleted_at IS NULL',
    );
  });

  it('quotes reserved words and mixed case, qualifies other schemas, and keeps plain names bare', () => {
    expect(createIndexSql(parser, { schema: 'Sales', table: 'order', keys: [{ column: 'user' }, { column: 'Region' }, { column: 'name' }] }, { concurrently: true })).toBe(
      'CREATE INDEX CONCURRENTLY idx_order_user_region_name ON "Sales"."order" ("user", "Region", name)',
    );
  });

  it('keeps names within 63 bytes, distinct by a digest when cut', () => {
    const long = (suffix: string) => ({ schema: 'public', table: 'customer_subscription_events', keys: [{ column: 'organisation_id' }, { column: `billing_period_${suffix}` }] });
    const first = indexName(long('started_at'));
    const second = indexName(long('finished_at'));
    expect(indexName({ schema: 'public', table: 'orders', keys: [{ column: 'status' }] })).toBe('idx_orders_status');
    expect([Buffer.byteLength(first), Buffer.byteLength(second)]).toEqual([63, 63]);
    expect(first).toMatch(/^idx_customer_subscription_events_organisation_id_billi_[0-9a-f]{8}$/);
    expect(first).not.toBe(second);
  });
});
