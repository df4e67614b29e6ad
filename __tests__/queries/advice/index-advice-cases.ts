import type { PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import type { PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { adviseOn, publicIndexes, rootCost } from './advice-fixture.js';

const COST = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export interface AdviceBackend {
  database(): PlanDatabase;
  parser(): PgParser;
  /** The verify-indexes setting under test and the mode it must resolve to on this database. */
  setting: 'auto' | 'transaction';
  mode: 'hypopg' | 'transaction';
}

const VERIFIED_WITH = { hypopg: 'verified with HypoPG', transaction: 'verified by building it in a rolled-back transaction' };

/** `cuts the plan cost from 2,896.09 to 27.08 (99.1% less)`, from the numbers the test has. */
function costs(before: number, after: number): string {
  return `from ${COST.format(before)} to ${COST.format(after)} (${((1 - after / before) * 100).toFixed(1)}% less)`;
}

/**
 * Builds the suggested index for real (without CONCURRENTLY, which a transaction refuses), plans the statement and
 * rolls back: the test's own check that the suggestion is what the planner takes, independent of how the advice
 * verified it.
 */
async function planWithIndex(database: PlanDatabase, suggestion: string, sql: string): Promise<{ cost: number; indexes: string[] }> {
  await database.run('BEGIN');
  try {
    await database.run(suggestion.replace('CREATE INDEX CONCURRENTLY ', 'CREATE INDEX '));
    const [row] = await database.run(`EXPLAIN (FORMAT JSON) ${sql}`);
    const value = Object.values(row)[0];
    const [document] = (typeof value === 'string' ? JSON.parse(value) : value) as { Plan: Record<string, unknown> }[];
    const indexes = JSON.stringify(document).match(/"Index Name":\s*"[^"]+"/g) ?? [];
    return { cost: document.Plan['Total Cost'] as number, indexes: indexes.map((entry) => entry.replace(/^"Index Name":\s*"|"$/g, '')) };
  } finally {
    await database.run('ROLLBACK');
  }
}

/** The index advice cases every database must pass; the caller has created the advice tables. */
export function indexAdviceCases(backend: AdviceBackend): void {
  const verifiedWith = VERIFIED_WITH[backend.mode];
  const advise = (sql: string, settings = {}) => adviseOn(backend.database(), backend.parser(), sql, { verifyIndexes: backend.setting, ...settings });
  /** The name the after-plan gives the candidate: HypoPG's `<oid>btree_<table>_<columns>`, or the suggestion's own. */
  const plannedName = (index: string, hypopgName: string) => (backend.mode === 'hypopg' ? new RegExp(`^<\\d+>${hypopgName}$`) : new RegExp(`^${index}$`));

  let indexesBefore: string[];
  beforeAll(async () => {
    indexesBefore = await publicIndexes(backend.database());
  });

  it('suggests (equality, sort DESC) for ORDER BY … LIMIT, and the after-plan uses it', async () => {
    const sql = 'SELECT * FROM orders WHERE customer_id = 42 ORDER BY created_at DESC LIMIT 10';
    const { plan, advice } = await advise(sql);
    const [finding] = advice.findings;
    const after = finding.data?.costAfter as number;
    expect(advice.findings.map(({ rule, severity, suggestion, line, endLine }) => ({ rule, severity, suggestion, line, endLine }))).toEqual([
      {
        rule: 'missing-index',
        severity: 'warning',
        suggestion: 'CREATE INDEX CONCURRENTLY idx_orders_customer_id_created_at ON orders (customer_id, created_at DESC)',
        line: 3,
        endLine: 3,
      },
    ]);
    expect(finding.message).toBe(`Index orders (customer_id, created_at DESC) cuts the plan cost ${costs(rootCost(plan), after)}, ${verifiedWith}. The plan reads orders with a Seq Scan.`);
    expect(finding.data?.plannedName).toMatch(plannedName('idx_orders_customer_id_created_at', 'btree_orders_customer_id_created_at'));
    expect(finding.data?.planIndexes).toEqual([finding.data?.plannedName]);
    expect(after).toBeLessThan(rootCost(plan) / 2);
    const byHand = await planWithIndex(backend.database(), finding.suggestion ?? '', sql);
    expect(byHand.indexes).toEqual(['idx_orders_customer_id_created_at']);
    if (backend.mode === 'transaction') expect(byHand.cost).toBe(after);
    expect(advice.stats).toEqual({ candidates: 1, plannerCalls: 1, kept: 1, skipped: 0 });
  });

  it('drops a condition on a 50/50 boolean as not selective, with the reason, and asks the planner nothing', async () => {
    const { advice } = await advise('SELECT * FROM orders WHERE active = true');
    expect(advice.findings.map(({ severity, message, suggestion }) => ({ severity, message, suggestion }))).toEqual([
      {
        severity: 'notice',
        message:
          'No index suggested for orders (active): not selective: active = true selects about 50.0% of the rows (pg_stats), above max-selected-share 0.3. ' +
          'The plan reads orders with a Seq Scan.',
        suggestion: undefined,
      },
    ]);
    expect(advice.stats).toEqual({ candidates: 1, plannerCalls: 0, kept: 0, skipped: 1 });
  });

  it('keeps a selective condition beside the unselective one, which it leaves out of the keys', async () => {
    const { advice } = await advise("SELECT * FROM orders WHERE active AND note = 'c4ca4238a0b923820dcc509a6f75849b'");
    expect(advice.findings.map((finding) => finding.suggestion)).toEqual(['CREATE INDEX CONCURRENTLY idx_orders_note ON orders (note)']);
  });

  it('skips a table under min-table-rows without a word, counting it; a lower min-table-rows sends it to the planner', async () => {
    const { plan, advice } = await advise("SELECT * FROM countries WHERE name = 'Country 7'");
    expect(JSON.stringify(plan)).toContain('"Seq Scan"');
    expect(advice.findings).toEqual([]);
    expect(advice.stats).toEqual({ candidates: 1, plannerCalls: 0, kept: 0, skipped: 1 });
    const lowered = await advise("SELECT * FROM countries WHERE name = 'Country 7'", { rule: { severity: 'default', options: { 'min-table-rows': 10 } } });
    expect(lowered.advice.stats).toEqual({ candidates: 1, plannerCalls: 1, kept: 0, skipped: 1 });
    expect(lowered.advice.findings.map(({ message }) => message)).toEqual([expect.stringMatching(/^No index suggested for countries \(name\): /)]);
  });

  it('says nothing when an existing index already leads with the columns: it serves the statement', async () => {
    const { plan, advice } = await advise('SELECT * FROM events WHERE account_id = 5 AND id % 2 = 0');
    expect(JSON.stringify(plan)).toContain('"Filter"');
    expect(advice).toEqual({ findings: [], stats: { candidates: 1, plannerCalls: 0, kept: 0, skipped: 1 } });
  });

  it('never leads with a low-cardinality column: a 50/50 flag goes after the selective column', async () => {
    const { advice } = await advise('SELECT * FROM orders WHERE active = $1 AND customer_id = $2');
    expect(advice.findings.map((finding) => finding.suggestion)).toEqual(['CREATE INDEX CONCURRENTLY idx_orders_customer_id_active ON orders (customer_id, active)']);
  });

  it('verifies a partial index even where the primary key leads with its column, since the key cannot skip the other rows', async () => {
    const sql = "SELECT * FROM orders WHERE status = 'pending' AND id > $1 ORDER BY id LIMIT 20";
    const { advice } = await advise(sql);
    expect(advice.findings.map(({ severity, suggestion }) => ({ severity, suggestion }))).toEqual([
      { severity: 'warning', suggestion: "CREATE INDEX CONCURRENTLY idx_orders_id_partial ON orders (id) WHERE status = 'pending'" },
    ]);
  });

  it('keeps a suggestion only when it also holds on a custom plan with the data\'s values, naming them, not only on the generic plan', async () => {
    const sql = 'SELECT * FROM orders WHERE created_at BETWEEN $1 AND $2';
    const wide = { name: 'common' as const, values: ['2024-01-01', '2025-01-01'], description: "$1 = '2024-01-01' (wide range), $2 = '2025-01-01' (wide range)" };
    const narrow = { name: 'rare' as const, values: ['2024-02-01 00:00', '2024-02-01 01:00'], description: "$1 = '2024-02-01 00:00' (narrow range), $2 = '2024-02-01 01:00' (narrow range)" };
    const { advice: generic } = await advise(sql);
    expect(generic.findings.map((finding) => finding.suggestion)).toEqual(['CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at)']);
    const { advice: wideOnly } = await advise(sql, { valueCases: [wide] });
    expect(wideOnly.findings.map(({ severity, message, suggestion }) => ({ severity, message, suggestion }))).toEqual([
      {
        severity: 'notice',
        message:
          "No index suggested for orders (created_at): it holds on the generic plan only, not with the data's values ($1 = '2024-01-01' (wide range), $2 = '2025-01-01' (wide range): not used). " +
          'The plan reads orders with a Seq Scan.',
        suggestion: undefined,
      },
    ]);
    // The generic plan with the index, the custom plan without it (the baseline), and with it.
    expect(wideOnly.stats).toEqual({ candidates: 1, plannerCalls: 3, kept: 0, skipped: 1 });
    const { plan, advice: both } = await advise(sql, { valueCases: [wide, narrow] });
    const [finding] = both.findings;
    const [wideCheck, narrowCheck] = finding.data?.customPlans as { costBefore: number; costAfter: number }[];
    expect(both.findings.map((finding) => [finding.suggestion, finding.data?.customPlans])).toEqual([
      [
        'CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at)',
        [
          { description: wide.description, uses: false, costBefore: wideCheck.costBefore, costAfter: wideCheck.costBefore, holds: false },
          { description: narrow.description, uses: true, costBefore: wideCheck.costBefore, costAfter: narrowCheck.costAfter, holds: true },
        ],
      ],
    ]);
    expect(narrowCheck.costAfter).toBeLessThan(narrowCheck.costBefore / 2);
    expect(finding.message).toBe(
      `Index orders (created_at) cuts the plan cost ${costs(rootCost(plan), finding.data?.costAfter as number)} and ${costs(narrowCheck.costBefore, narrowCheck.costAfter)} with ${narrow.description}, ` +
        `${verifiedWith}. The plan reads orders with a Seq Scan.`,
    );
    expect(both.stats).toEqual({ candidates: 1, plannerCalls: 5, kept: 1, skipped: 0 });
  });

  it('gives array containment a GIN index, built in a rolled-back transaction, since HypoPG cannot make one', async () => {
    const sql = "SELECT id FROM posts WHERE tags @> ARRAY['t7']";
    const { plan, advice } = await advise(sql);
    const suggestion = 'CREATE INDEX CONCURRENTLY idx_posts_tags_gin ON posts USING gin (tags)';
    const [finding] = advice.findings;
    if (backend.mode === 'hypopg') {
      expect(advice.findings.map(({ severity, message }) => ({ severity, message, suggestion: finding.suggestion }))).toEqual([
        {
          severity: 'notice',
          message:
            'Index posts USING gin (tags) not verified: the @> operator needs a GIN index, which HypoPG cannot make; verify-indexes: transaction builds it in a rolled-back transaction; ' +
            'it is a candidate only. The plan reads posts with a Seq Scan.',
          suggestion,
        },
      ]);
      return;
    }
    expect([finding.severity, finding.suggestion, finding.message]).toEqual([
      'warning',
      suggestion,
      `Index posts USING gin (tags) cuts the plan cost ${costs(rootCost(plan), finding.data?.costAfter as number)}, ${verifiedWith}. The plan reads posts with a Seq Scan.`,
    ]);
    expect((await planWithIndex(backend.database(), suggestion, sql)).indexes).toEqual(['idx_posts_tags_gin']);
  });

  it('says nothing when a GIN index on the column exists, and never suggests a btree for containment', async () => {
    await backend.database().run('CREATE INDEX posts_tags_existing ON posts USING gin (tags)');
    try {
      // The existing index reads the tags; the Filter on id makes the plan worth advice, and the GIN index serves it.
      const { plan, advice } = await advise("SELECT id FROM posts WHERE tags && ARRAY['t7', 't8'] AND id % 2 = 0");
      expect(JSON.stringify(plan)).toContain('posts_tags_existing');
      expect(advice).toEqual({ findings: [], stats: { candidates: 1, plannerCalls: 0, kept: 0, skipped: 1 } });
    } finally {
      await backend.database().run('DROP INDEX posts_tags_existing');
    }
  });

  it('names pg_trgm for a leading-wildcard LIKE where it is not installed, instead of a btree', async () => {
    const { advice } = await advise("SELECT id FROM posts WHERE title LIKE '%number 77%'");
    expect(advice.findings.map(({ severity, message, suggestion }) => ({ severity, message, suggestion }))).toEqual([
      {
        severity: 'notice',
        message:
          'Index posts USING gin (title gin_trgm_ops) not verified: LIKE with a pattern that has no fixed prefix needs a pg_trgm index, and pg_trgm is not installed here (CREATE EXTENSION pg_trgm); ' +
          'it is a candidate only. The plan reads posts with a Seq Scan.',
        suggestion: 'CREATE INDEX CONCURRENTLY idx_posts_title_trgm ON posts USING gin (title gin_trgm_ops)',
      },
    ]);
  });

  it('folds the reasons of every candidate it declined into one notice for the statement, leaving out the small table', async () => {
    const { advice } = await advise("SELECT * FROM orders o JOIN countries c ON c.code = o.note WHERE o.active = true AND c.name = 'Country 7'");
    expect(advice.findings.map(({ severity, message }) => ({ severity, message }))).toEqual([
      {
        severity: 'notice',
        message:
          'No index suggested for orders (active): not selective: active = true selects about 50.0% of the rows (pg_stats), above max-selected-share 0.3. ' +
          'The plan reads orders with a Seq Scan.',
      },
    ]);
    expect(advice.stats).toEqual({ candidates: 2, plannerCalls: 0, kept: 0, skipped: 2 });
    // Lowered under the small table's 50 rows, min-table-rows lets its candidate through, and the fold says both.
    const lowered = await advise("SELECT * FROM orders o JOIN countries c ON c.code = o.note WHERE o.active = true AND c.name = 'Country 7'", {
      rule: { severity: 'default', options: { 'min-table-rows': 10 } },
    });
    expect(lowered.advice.findings.map(({ message }) => message)).toEqual([expect.stringMatching(/^No index suggested for 2 candidates: orders \(active\): not selective: .* — countries \(name\): /)]);
  });

  it('gives lower(email) an expression index', async () => {
    const sql = "SELECT id FROM customers WHERE lower(email) = 'user77@example.com'";
    const { advice } = await advise(sql);
    expect(advice.findings.map((finding) => finding.suggestion)).toEqual(['CREATE INDEX CONCURRENTLY idx_customers_lower_email ON customers (lower(email))']);
    expect((await planWithIndex(backend.database(), advice.findings[0].suggestion ?? '', sql)).indexes).toEqual(['idx_customers_lower_email']);
  });

  it('turns a rare status into a partial index ordered for the LIMIT', async () => {
    const sql = "SELECT * FROM orders WHERE status = 'pending' ORDER BY created_at LIMIT 20";
    const { plan, advice } = await advise(sql);
    const [finding] = advice.findings;
    expect(finding.suggestion).toBe("CREATE INDEX CONCURRENTLY idx_orders_created_at_partial ON orders (created_at) WHERE status = 'pending'");
    expect(finding.message).toBe(
      `Index orders (created_at) WHERE status = 'pending' cuts the plan cost ${costs(rootCost(plan), finding.data?.costAfter as number)}, ${verifiedWith}. The plan reads orders with a Seq Scan.`,
    );
    expect((await planWithIndex(backend.database(), finding.suggestion ?? '', sql)).indexes).toEqual(['idx_orders_created_at_partial']);
  });

  it('indexes a rare status on its own as a partial index when nothing else narrows the query', async () => {
    const { advice } = await advise("SELECT * FROM orders WHERE status = 'pending'");
    expect(advice.findings.map((finding) => finding.suggestion)).toEqual([
      "CREATE INDEX CONCURRENTLY idx_orders_status_partial ON orders (status) WHERE status = 'pending'",
    ]);
  });

  it('leaves out a common status (69%): too common for a partial index, not selective enough for a key', async () => {
    const { advice } = await advise("SELECT * FROM orders WHERE status = 'done' AND customer_id = $1");
    expect(advice.findings.map((finding) => finding.suggestion)).toEqual(['CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id)']);
  });

  it('rejects an index that does not cut the cost by min-cost-reduction, with both costs', async () => {
    const sql = "SELECT id FROM customers WHERE lower(email) = 'user77@example.com'";
    const { plan, advice } = await advise(sql, { rule: { severity: 'default', options: { 'min-cost-reduction': 0.999 } } });
    const [finding] = advice.findings;
    expect(finding.severity).toBe('notice');
    expect(finding.suggestion).toBeUndefined();
    expect(finding.message).toBe(
      `No index suggested for customers (lower(email)): with it the plan cost falls only ${costs(rootCost(plan), finding.data?.costAfter as number)}, ` +
        'below min-cost-reduction 0.999. The plan reads customers with a Seq Scan.',
    );
  });

  it('verifies the second side of a join with the first suggestion in place: one planner call each', async () => {
    const { plan, advice } = await advise('SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = $1');
    const [orders, customers] = advice.findings;
    expect(advice.findings.map((finding) => finding.suggestion)).toEqual([
      'CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id)',
      'CREATE INDEX CONCURRENTLY idx_customers_email ON customers (email)',
    ]);
    const [afterFirst, afterBoth] = [orders.data?.costAfter as number, customers.data?.costAfter as number];
    expect(customers.message).toBe(
      `Index customers (email) cuts the plan cost ${costs(afterFirst, afterBoth)} with idx_orders_customer_id in place, ${verifiedWith}. The plan reads customers with a Seq Scan.`,
    );
    expect(orders.data?.costBefore).toBe(rootCost(plan));
    expect(advice.stats).toEqual({ candidates: 2, plannerCalls: 2, kept: 2, skipped: 0 });
  });

  it('says nothing for a statement the plan already reads through an index', async () => {
    const { advice } = await advise('SELECT * FROM orders WHERE id = 7');
    expect(advice).toEqual({ findings: [], stats: { candidates: 0, plannerCalls: 0, kept: 0, skipped: 0 } });
  });

  it('is turned off with the rule\'s severity', async () => {
    const { advice } = await advise('SELECT * FROM orders WHERE customer_id = 42', { rule: { severity: 'off', options: {} } });
    expect(advice.findings).toEqual([]);
  });

  it('reports "not verified: read-only server" when the server refuses to build the index, instead of failing', async () => {
    await backend.database().run('SET default_transaction_read_only = on');
    try {
      const { advice } = await advise('SELECT * FROM orders WHERE customer_id = 42', { verifyIndexes: 'transaction' });
      expect(advice.findings.map(({ severity, message, suggestion }) => ({ severity, message, suggestion }))).toEqual([
        {
          severity: 'notice',
          message: 'Index orders (customer_id) not verified: read-only server; it is a candidate only. The plan reads orders with a Seq Scan.',
          suggestion: 'CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id)',
        },
      ]);
      expect(advice.stats).toEqual({ candidates: 1, plannerCalls: 1, kept: 0, skipped: 1 });
    } finally {
      await backend.database().run('RESET default_transaction_read_only');
    }
  });

  it('leaves every index as it found it', async () => {
    expect(await publicIndexes(backend.database())).toEqual(indexesBefore);
    expect(indexesBefore).toEqual([
      'countries_pkey: CREATE UNIQUE INDEX countries_pkey ON public.countries USING btree (code)',
      'customers_pkey: CREATE UNIQUE INDEX customers_pkey ON public.customers USING btree (id)',
      'events_account_id_idx: CREATE INDEX events_account_id_idx ON public.events USING btree (account_id)',
      'events_pkey: CREATE UNIQUE INDEX events_pkey ON public.events USING btree (id)',
      'orders_pkey: CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)',
      'posts_pkey: CREATE UNIQUE INDEX posts_pkey ON public.posts USING btree (id)',
    ]);
  });
}
