import { execFileSync } from 'node:child_process';
import { auditableStatement } from '../../../src/queries/sql/auditable-statement.js';
import { LOCATION_FIELDS } from '../../../src/queries/sql/location-fields.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { safeExplain } from '../../../src/queries/sql/safe-explain.js';
import { withoutLocations } from '../../../src/queries/sql/walk-parse-tree.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

function tree(sql: string): unknown {
  return parser.parse(sql).stmts?.[0]?.stmt;
}

/** The statement as the audit parses it, and again behind the EXPLAIN prefix that shifts every position. */
function bothParses(sql: string): [unknown, unknown] {
  const explained = tree(`EXPLAIN (COSTS, SETTINGS, FORMAT JSON) ${sql}`) as { ExplainStmt: { query: unknown } };
  return [tree(sql), explained.ExplainStmt.query];
}

/** Statements whose trees hold the position fields PostgreSQL 18 added besides `location`, and unwrapped typed nodes. */
const SHIFTED = [
  'SELECT * FROM t WHERE id IN (1,2,3)',
  'SELECT * FROM t WHERE id NOT IN (1, 2)',
  "SELECT ARRAY[1, 2], '{3}'::int[] FROM t",
  'SELECT ARRAY(SELECT 1)',
  'INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET a = excluded.a RETURNING a',
  "SELECT * FROM JSON_TABLE('[1]'::jsonb, '$[*]' AS p COLUMNS (x int PATH '$')) jt",
  'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SEARCH DEPTH FIRST BY n SET o SELECT * FROM r',
  'SELECT count(*) FILTER (WHERE a > 1) OVER (PARTITION BY b ORDER BY c) FROM t TABLESAMPLE SYSTEM (10)',
  "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'x' COLLATE \"C\")",
];

describe('LOCATION_FIELDS', () => {
  it('is what the generator reads from the node types of the installed libpg-query', () => {
    expect(() => execFileSync(process.execPath, ['scripts/location-fields.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('lists the list bounds of IN and ARRAY besides location', () => {
    expect(LOCATION_FIELDS.A_Expr).toEqual(['rexpr_list_start', 'rexpr_list_end', 'location']);
    expect(LOCATION_FIELDS.A_ArrayExpr).toEqual(['list_start', 'list_end', 'location']);
    expect(LOCATION_FIELDS.RangeVar).toEqual(['location']);
  });

  it.each(SHIFTED)('makes the two parses of %s equal once positions are removed', (sql) => {
    const [alone, behindExplain] = bothParses(sql);
    expect(JSON.stringify(alone)).not.toBe(JSON.stringify(behindExplain));
    expect(withoutLocations(behindExplain)).toEqual(withoutLocations(alone));
  });

  it('keeps what is not a position: a tablespace LOCATION is a path, and a different literal stays different', () => {
    expect(withoutLocations(tree("CREATE TABLESPACE s LOCATION '/a'"))).not.toEqual(withoutLocations(tree("CREATE TABLESPACE s LOCATION '/b'")));
    expect(withoutLocations(tree('SELECT * FROM t WHERE id IN (1,2,3)'))).not.toEqual(withoutLocations(tree('SELECT * FROM t WHERE id IN (1,2,4)')));
    expect(withoutLocations(tree('SELECT * FROM t WHERE id IN (1,2,3)'))).not.toEqual(withoutLocations(tree('SELECT * FROM t WHERE id IN (1,2)')));
  });

  it('lets a literal IN list through the EXPLAIN check', () => {
    const statement = auditableStatement(parser, { file: 'q.sql', sql: 'SELECT * FROM t WHERE id IN (1,2,3)', startLine: 1, endLine: 1 });
    expect(safeExplain(parser, statement, ['FORMAT JSON'])).toBe('EXPLAIN (FORMAT JSON) SELECT * FROM t WHERE id IN (1,2,3)');
  });
});
