import { analysePlan } from '../../src/queries/plan/analysed-plan.js';
import { walkPlan } from '../../src/queries/plan/plan-node.js';
import { readPlanInput } from '../../src/queries/plan/read-plan-input.js';
import { auditFixture, fixtureText } from './plan-fixture.js';

function planOf(name: string) {
  const [document] = readPlanInput(fixtureText(name), name).documents;
  return analysePlan(document);
}

describe('analysePlan', () => {
  it('keeps PG 18 fractional per-loop rows and multiplies them by loops: 0.4 × 5 loops = 2 rows', () => {
    const inner = walkPlan(planOf('pg18-fractional-rows.json').root)[2];
    expect([inner.path, inner.actual?.rowsPerLoop, inner.actual?.loops, inner.actual?.rows]).toEqual(['Nested Loop > Index Scan on cart_items', 0.4, 5, 2]);
    expect(inner.actual?.totalTimeMs).toBeCloseTo(0.05, 10);
  });

  it('counts the leader with the launched workers: per-loop rows × 3 loops, summed time ÷ 3 processes', () => {
    const scan = walkPlan(planOf('workers-not-launched.json').root)[1];
    expect([scan.label, scan.parallelism, scan.actual?.loops, scan.actual?.removedByFilter]).toEqual(['Parallel Seq Scan on lineitem', 3, 3, 600]);
    expect(scan.actual?.rows).toBeCloseTo(59_000.1, 6);
    expect(scan.actual?.totalTimeMs).toBeCloseTo(470, 10);
    expect(planOf('workers-not-launched.json').root.parallelism).toBe(1);
  });

  it('flags never-executed nodes and their subtrees, and no rule reports on them', () => {
    const nodes = walkPlan(planOf('never-executed.json').root);
    expect(nodes.map((node) => [node.path, node.neverExecuted])).toEqual([
      ['Nested Loop', false],
      ['Nested Loop > Seq Scan on owners', false],
      ['Nested Loop > Seq Scan on cats', true],
    ]);
    expect(auditFixture('never-executed.json').findings).toEqual([]);
  });

  it('marks nodes below a Limit, names nodes as text EXPLAIN does, and numbers them in document order', () => {
    const nodes = walkPlan(planOf('row-misestimate-under-limit.json').root);
    expect(nodes.map((node) => [node.ordinal, node.path, node.underLimit])).toEqual([
      [0, 'Limit', false],
      [1, 'Limit > Nested Loop', true],
      [2, 'Limit > Nested Loop > Index Scan on orders', true],
      [3, 'Limit > Nested Loop > Index Scan on customers', true],
    ]);
    expect(planOf('hash-spill.json').root.label).toBe('HashAggregate');
  });

  it('says whether ANALYZE, BUFFERS and SETTINGS were used, and reads settings, timings, triggers and JIT', () => {
    const estimate = planOf('estimate-only.json');
    expect([estimate.features, estimate.hasSettings, estimate.settings, estimate.root.actual, estimate.executionTimeMs]).toEqual([
      { analyze: false, buffers: false },
      true,
      { enable_indexscan: 'off' },
      undefined,
      undefined,
    ]);
    expect(planOf('seq-scan-selective-filter.json').features).toEqual({ analyze: true, buffers: true });
    expect(planOf('filter-heavy-scan.json')).toMatchObject({ features: { analyze: true, buffers: false }, hasSettings: false, planningTimeMs: 0.071, executionTimeMs: 0.655 });
    expect(planOf('jit-overhead.json')).toMatchObject({ jitTimeMs: 120.1, jitFunctions: 4 });
    expect(planOf('slow-triggers.json').triggers[0]).toEqual({
      name: 'RI_ConstraintTrigger_a_16450',
      relation: 'customers',
      constraint: 'orders_customer_id_fkey',
      timeMs: 3810.2,
      calls: 1000,
    });
  });

  it('lists the rules a plan without ANALYZE cannot judge instead of guessing', () => {
    const audit = auditFixture('estimate-only.json');
    expect(audit.notRun.map((entry) => `${entry.rule}:${entry.needs.join('+')}`)).toEqual([
      'filter-heavy-join:analyze',
      'filter-heavy-scan:analyze',
      'hash-spill:analyze',
      'index-only-heap-fetches:analyze',
      'inefficient-index-scan:analyze',
      'jit-overhead:analyze',
      'lossy-bitmap:analyze',
      'nested-loop-amplification:analyze',
      'planning-over-execution:analyze',
      'row-misestimate:analyze',
      'seq-scan-selective-filter:analyze',
      'slow-foreign-key-check:analyze',
      'slow-trigger:analyze',
      'sort-spill:analyze',
      'workers-not-launched:analyze',
    ]);
    expect(auditFixture('filter-heavy-scan.json').notRun).toEqual([]);
  });
});
