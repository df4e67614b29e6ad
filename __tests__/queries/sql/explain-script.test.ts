import { UsageError } from '../../../src/core/config/usage-error.js';
import { auditableStatement } from '../../../src/queries/sql/auditable-statement.js';
import { explainScript, type ExplainSettings } from '../../../src/queries/sql/explain-script.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

const PG15 = 150004;
const PG18 = 180001;
const settings = (changes: Partial<ExplainSettings> = {}): ExplainSettings => ({
  analyze: false,
  statementTimeoutMs: 30000,
  lockTimeoutMs: 5000,
  serverVersionNum: PG18,
  ...changes,
});

function scriptFor(sql: string, changes: Partial<ExplainSettings> = {}) {
  return explainScript(parser, auditableStatement(parser, { file: 'q.sql', sql, startLine: 1, endLine: 1 }), settings(changes));
}

const READ = 'SELECT * FROM orders WHERE customer_id = 7';
const WRITE = 'UPDATE orders SET total = 0 WHERE id = 7';

describe('explainScript without parameters', () => {
  it('plain EXPLAIN of a read-only statement runs READ ONLY', () => {
    expect(scriptFor(READ)).toEqual({
      steps: [
        'BEGIN READ ONLY',
        'SET LOCAL statement_timeout = 30000',
        'SET LOCAL lock_timeout = 5000',
        `EXPLAIN (COSTS, SETTINGS, FORMAT JSON) ${READ}`,
        'ROLLBACK',
      ],
      planStep: 3,
      afterFailure: ['ROLLBACK'],
      readOnly: true,
      analyze: false,
      estimateOnly: false,
    });
  });

  it('EXPLAIN ANALYZE of a writing statement runs read-write and rolls back', () => {
    expect(scriptFor(WRITE, { analyze: true, statementTimeoutMs: 0, lockTimeoutMs: 250 })).toEqual({
      steps: [
        'BEGIN',
        'SET LOCAL statement_timeout = 0',
        'SET LOCAL lock_timeout = 250',
        `EXPLAIN (ANALYZE, BUFFERS, COSTS, SETTINGS, FORMAT JSON) ${WRITE}`,
        'ROLLBACK',
      ],
      planStep: 3,
      afterFailure: ['ROLLBACK'],
      readOnly: false,
      analyze: true,
      estimateOnly: false,
    });
  });

  it('a data-modifying WITH opens a read-write transaction; a plain WITH and SELECT … FOR UPDATE stay READ ONLY', () => {
    expect(scriptFor('WITH gone AS (DELETE FROM orders RETURNING id) SELECT count(*) FROM gone').steps[0]).toBe('BEGIN');
    expect(scriptFor('SELECT * FROM orders WHERE id = 7 FOR UPDATE').steps[0]).toBe('BEGIN READ ONLY');
    expect(scriptFor('WITH recent AS (SELECT id FROM orders) SELECT count(*) FROM recent').steps[0]).toBe('BEGIN READ ONLY');
  });

  it('plans SELECT … FOR UPDATE without ANALYZE even when asked: READ ONLY, PostgreSQL would refuse to run it', () => {
    const script = scriptFor('SELECT * FROM orders WHERE id = 7 FOR UPDATE', { analyze: true });
    expect(script.steps).toEqual([
      'BEGIN READ ONLY',
      expect.stringMatching(/^SET LOCAL statement_timeout = /),
      expect.stringMatching(/^SET LOCAL lock_timeout = /),
      'EXPLAIN (COSTS, SETTINGS, FORMAT JSON) SELECT * FROM orders WHERE id = 7 FOR UPDATE',
      'ROLLBACK',
    ]);
    expect(script.analyze).toBe(false);
  });

  it('the same text and options on PostgreSQL 15: no parameters, no version difference', () => {
    expect(scriptFor(READ, { analyze: true, serverVersionNum: PG15 }).steps[3]).toBe(`EXPLAIN (ANALYZE, BUFFERS, COSTS, SETTINGS, FORMAT JSON) ${READ}`);
  });
});

describe('explainScript with $n parameters: a generic plan, estimate-only', () => {
  const PARAMETERISED = 'SELECT * FROM orders WHERE customer_id = $1 AND day > $2';

  it('uses EXPLAIN (GENERIC_PLAN) on PostgreSQL 16 and later, never ANALYZE', () => {
    expect(scriptFor(PARAMETERISED, { analyze: true, serverVersionNum: 160000 })).toEqual({
      steps: [
        'BEGIN READ ONLY',
        'SET LOCAL statement_timeout = 30000',
        'SET LOCAL lock_timeout = 5000',
        `EXPLAIN (GENERIC_PLAN, COSTS, SETTINGS, FORMAT JSON) ${PARAMETERISED}`,
        'ROLLBACK',
      ],
      planStep: 3,
      afterFailure: ['ROLLBACK'],
      readOnly: true,
      analyze: false,
      estimateOnly: true,
    });
  });

  it('before 16, prepares it, forces a generic plan and explains EXECUTE with NULLs, then deallocates after the rollback', () => {
    expect(scriptFor(PARAMETERISED, { analyze: true, serverVersionNum: PG15 })).toEqual({
      steps: [
        'BEGIN READ ONLY',
        'SET LOCAL statement_timeout = 30000',
        'SET LOCAL lock_timeout = 5000',
        `PREPARE predator_guard_statement AS ${PARAMETERISED}`,
        'SET LOCAL plan_cache_mode = force_generic_plan',
        'EXPLAIN (COSTS, SETTINGS, FORMAT JSON) EXECUTE predator_guard_statement(NULL, NULL)',
        'ROLLBACK',
        'DEALLOCATE predator_guard_statement',
      ],
      planStep: 5,
      afterFailure: ['ROLLBACK', 'DEALLOCATE predator_guard_statement'],
      readOnly: true,
      analyze: false,
      estimateOnly: true,
    });
  });

  it('a writing statement with parameters still opens a read-write transaction', () => {
    const script = scriptFor('DELETE FROM orders WHERE id = $1', { serverVersionNum: 150000 });
    expect(script.steps[0]).toBe('BEGIN');
    expect(script.steps[5]).toBe('EXPLAIN (COSTS, SETTINGS, FORMAT JSON) EXECUTE predator_guard_statement(NULL)');
    expect(script.readOnly).toBe(false);
  });
});

describe('explainScript refuses', () => {
  it('servers older than PostgreSQL 12', () => {
    expect(() => scriptFor(READ, { serverVersionNum: 110022 })).toThrow(UsageError);
    expect(() => scriptFor(READ, { serverVersionNum: 110022 })).toThrow(
      'The server reports server_version_num 110022; predator-guard audits PostgreSQL 12 or later (120000+). Point the database URL at a newer server.',
    );
    expect(scriptFor(READ, { serverVersionNum: 120000 }).steps[0]).toBe('BEGIN READ ONLY');
  });

  it('timeouts that are not whole milliseconds', () => {
    expect(() => scriptFor(READ, { statementTimeoutMs: 1.5 })).toThrow(
      'statement-timeout: got 1.5; expected a whole number of milliseconds (0 turns the limit off), e.g. 30000.',
    );
    expect(() => scriptFor(READ, { lockTimeoutMs: -1 })).toThrow(
      'lock-timeout: got -1; expected a whole number of milliseconds (0 turns the limit off), e.g. 30000.',
    );
  });
});
