import { deriveCandidates, withoutCoveredPrefixes } from '../../../src/queries/advice/derive-candidates.js';
import { describeKey, describeTable, type IndexCandidate } from '../../../src/queries/advice/index-candidate.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

/** `orders: eq(customer_id, status) range(created_at) order(created_at DESC)`: every list, in index order. */
function summary(candidate: IndexCandidate): string {
  const parts = [`eq(${candidate.equalityKeys.map(describeKey).join(', ')})`];
  if (candidate.rangeKey) parts.push(`range(${describeKey(candidate.rangeKey)})`);
  if (candidate.orderKeys.length > 0) parts.push(`order(${candidate.orderKeys.map(describeKey).join(', ')})`);
  return `${describeTable(candidate.table)}: ${parts.join(' ')}`;
}

function candidatesOf(sql: string): string[] {
  return deriveCandidates(parser.parse(sql).stmts![0].stmt!).map(summary);
}

describe('deriveCandidates', () => {
  it('puts equality columns first, then one range column, resolving aliases', () => {
    expect(candidatesOf("SELECT * FROM orders o WHERE o.created_at > now() - interval '1 day' AND o.customer_id = $1 AND o.status IN ('new', 'paid')")).toEqual([
      'orders: eq(customer_id, status) range(created_at)',
    ]);
  });

  it('keeps only the first range column: a btree serves one range', () => {
    expect(candidatesOf('SELECT * FROM orders WHERE total < 10 AND created_at BETWEEN $1 AND $2')).toEqual(['orders: eq() range(total)']);
  });

  it('adds ORDER BY columns with their direction when a LIMIT can stop on them, and not without a LIMIT', () => {
    expect(candidatesOf('SELECT * FROM orders WHERE customer_id = 7 ORDER BY created_at DESC, id LIMIT 10')).toEqual([
      'orders: eq(customer_id) order(created_at DESC, id)',
    ]);
    expect(candidatesOf('SELECT * FROM orders WHERE customer_id = 7 ORDER BY created_at DESC')).toEqual(['orders: eq(customer_id)']);
  });

  it('merges a range column with the ORDER BY that starts with it, and drops an ORDER BY a range column blocks', () => {
    expect(candidatesOf('SELECT * FROM orders WHERE created_at > $1 ORDER BY created_at DESC LIMIT 5')).toEqual(['orders: eq() range(created_at DESC)']);
    expect(candidatesOf('SELECT * FROM orders WHERE total > $1 ORDER BY created_at DESC LIMIT 5')).toEqual(['orders: eq() range(total)']);
  });

  it('skips sort keys an equality already fixes, and ORDER BY over two tables', () => {
    expect(candidatesOf('SELECT * FROM orders WHERE customer_id = 7 ORDER BY customer_id, created_at LIMIT 3')).toEqual(['orders: eq(customer_id) order(created_at)']);
    expect(candidatesOf('SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = $1 ORDER BY c.name, o.created_at LIMIT 3')).toEqual([
      'orders: eq(status)',
      'customers: eq(id)',
    ]);
  });

  it('gives a join key to the table without conditions of its own, the inner side of a nested loop', () => {
    expect(candidatesOf("SELECT * FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.country = 'NL'")).toEqual([
      'customers: eq(country)',
      'orders: eq(customer_id)',
    ]);
  });

  it('reads lower(col) as an expression key, IS NULL and bare booleans as equalities', () => {
    expect(candidatesOf("SELECT id FROM customers WHERE lower(email) = lower($1)")).toEqual(['customers: eq(lower(email))']);
    expect(candidatesOf('SELECT id FROM orders WHERE deleted_at IS NULL AND NOT archived AND flagged')).toEqual(['orders: eq(deleted_at, archived, flagged)']);
  });

  it('uses a prefix LIKE as a range and ignores a leading wildcard, OR and IS NOT NULL', () => {
    expect(candidatesOf("SELECT * FROM customers WHERE name LIKE 'Ann%'")).toEqual(['customers: eq() range(name)']);
    expect(candidatesOf("SELECT * FROM customers WHERE name LIKE '%son' OR id = 1")).toEqual([]);
    expect(candidatesOf('SELECT * FROM customers WHERE email IS NOT NULL')).toEqual([]);
  });

  it('looks into subqueries, CTEs, UPDATE and DELETE, each as its own scope', () => {
    expect(candidatesOf('SELECT * FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE status = $1)')).toEqual(['orders: eq(status)']);
    expect(candidatesOf('WITH recent AS (SELECT * FROM audit.events WHERE kind = 3) SELECT * FROM recent')).toEqual(['audit.events: eq(kind)']);
    expect(candidatesOf("UPDATE orders SET status = 'late' WHERE due_at < now() AND status = 'open'")).toEqual(['orders: eq(status) range(due_at)']);
    expect(candidatesOf('DELETE FROM sessions WHERE user_id = $1')).toEqual(['sessions: eq(user_id)']);
  });

  it('leaves an unqualified column alone when two tables could own it', () => {
    expect(candidatesOf('SELECT * FROM orders o, customers c WHERE status = 1 AND c.id = o.customer_id')).toEqual(['orders: eq(customer_id)', 'customers: eq(id)']);
  });

  it('keeps the literals of equalities for pg_stats and partial indexes, and none for parameters', () => {
    const [candidate] = deriveCandidates(parser.parse("SELECT * FROM t WHERE a = 'x' AND b IN (1, 2) AND c = $1 AND d = true AND e IS NULL").stmts![0].stmt!);
    expect(candidate.constantEqualities).toEqual([
      { key: { column: 'a' }, values: [{ kind: 'string', value: 'x' }] },
      { key: { column: 'b' }, values: [{ kind: 'number', value: '1' }, { kind: 'number', value: '2' }] },
      { key: { column: 'd' }, values: [{ kind: 'boolean', value: true }] },
      { key: { column: 'e' }, values: [{ kind: 'null' }] },
    ]);
  });
});

describe('withoutCoveredPrefixes', () => {
  const key = (column: string, descending?: boolean) => (descending ? { column, descending } : { column });
  const candidate = (table: string, equalityKeys: string[], orderKeys: ReturnType<typeof key>[] = []): IndexCandidate => ({
    table: { name: table },
    equalityKeys: equalityKeys.map((column) => key(column)),
    orderKeys,
    constantEqualities: [],
  });

  it('merges a candidate into another of the same table whose keys it begins, and keeps other tables', () => {
    const long = candidate('orders', ['customer_id'], [key('created_at')]);
    expect(withoutCoveredPrefixes([candidate('orders', ['customer_id']), long, candidate('customers', ['customer_id'])]).map(summary)).toEqual([
      'orders: eq(customer_id) order(created_at)',
      'customers: eq(customer_id)',
    ]);
  });

  it('keeps both when the keys differ in order or direction', () => {
    expect(withoutCoveredPrefixes([candidate('orders', ['created_at']), candidate('orders', ['customer_id'], [key('created_at')])]).map(summary)).toEqual([
      'orders: eq(created_at)',
      'orders: eq(customer_id) order(created_at)',
    ]);
    expect(withoutCoveredPrefixes([candidate('orders', [], [key('created_at', true)]), candidate('orders', [], [key('created_at'), key('id')])]).map(summary)).toEqual([
      'orders: eq() order(created_at DESC)',
      'orders: eq() order(created_at, id)',
    ]);
  });
});
