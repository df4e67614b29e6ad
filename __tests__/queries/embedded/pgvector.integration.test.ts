import { analyze } from '../../../src/core/analyze.js';
import { defaultConfig, type Config } from '../../../src/core/config/config.js';
import type { PlanDatabase } from '../../../src/postgres/db/plan-database.js';
import { openEmbeddedDatabase } from '../../../src/queries/embedded/open-embedded-database.js';
import { makeTree } from '../../helpers/temp-tree.js';

/**
 * pgvector on the embedded database: PGlite's own release has no vector bundle; its separate pgvector package's
 * tarball is loaded on CREATE EXTENSION vector, with vector columns, both of pgvector's index kinds, and rows.
 * PGlite starts from the run's cached data directory (made without the extension): extensions load at startup,
 * beside whatever data directory there is.
 */
const tree = makeTree({
  'db/schema.sql': [
    'CREATE EXTENSION IF NOT EXISTS vector;',
    'CREATE TABLE items (',
    '  id bigserial PRIMARY KEY,',
    '  title text NOT NULL,',
    '  embedding vector(3)',
    ');',
    'CREATE INDEX items_embedding_hnsw ON items USING hnsw (embedding vector_l2_ops);',
    'CREATE INDEX items_embedding_ivfflat ON items USING ivfflat (embedding vector_cosine_ops) WITH (lists = 10);',
  ].join('\n'),
  'sql/nearest.sql': "-- name: Nearest :many\nSELECT id, title FROM items ORDER BY embedding <-> '[0.1, 0.2, 0.3]' LIMIT 5;\n",
});
afterAll(() => tree.cleanup());

function config(): Config {
  return { ...defaultConfig(tree.root), checks: ['queries'], settings: { schema: 'db/schema.sql', queries: 'sql/nearest.sql', 'table-rows': { items: 300 } } };
}

describe('pgvector on the embedded database', () => {
  it('creates the extension, a vector column, hnsw and ivfflat indexes, and fills the table', async () => {
    const log: string[] = [];
    let database: PlanDatabase | undefined;
    try {
      let rowCounts: Record<string, number> | undefined;
      ({ database, rowCounts } = await openEmbeddedDatabase(config(), { log: (line) => log.push(line) }));
      expect(log).toContain('queries: starting the embedded PostgreSQL (PGlite, in-process) with vector');
      expect(rowCounts).toEqual({ items: 300 });
      expect(await database.query("SELECT extname FROM pg_extension WHERE extname = 'vector'")).toEqual([{ extname: 'vector' }]);
      expect(await database.query("SELECT indexname, split_part(indexdef, ' USING ', 2) AS method FROM pg_indexes WHERE tablename = 'items' AND indexname LIKE 'items_embedding%' ORDER BY 1")).toEqual([
        { indexname: 'items_embedding_hnsw', method: 'hnsw (embedding vector_l2_ops)' },
        { indexname: 'items_embedding_ivfflat', method: "ivfflat (embedding vector_cosine_ops) WITH (lists='10')" },
      ]);
      // Generated rows hold vectors of the column's dimension, so the index has something to plan against.
      expect(await database.query('SELECT count(embedding)::int > 0 AS filled, min(vector_dims(embedding)) AS dims FROM items')).toEqual([{ filled: true, dims: 3 }]);
      // 300 rows are few enough for a seq scan to win; without it the planner shows the hnsw index is usable.
      await database.run('SET enable_seqscan = off');
      const plan = await database.query("EXPLAIN SELECT id FROM items ORDER BY embedding <-> '[0.1, 0.2, 0.3]' LIMIT 5");
      await database.run('RESET enable_seqscan');
      expect(plan.map((row) => String(Object.values(row)[0])).join('\n')).toContain('Index Scan using items_embedding_hnsw on items');
      expect(await database.query("SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'embedding'")).toEqual([{ type: 'vector(3)' }]);
    } finally {
      await database?.close();
    }
  }, 120_000);

  it('audits a nearest-neighbour query: explained, neither a sql-error nor a statement-not-audited', async () => {
    const report = await analyze(config(), {});
    expect(report.runs[0].status).toBe('ok');
    expect(report.findings.filter((finding) => finding.rule === 'sql-error' || finding.rule === 'statement-not-audited')).toEqual([]);
    expect(report.runs[0].status === 'ok' && report.runs[0].stats).toMatchObject({ statements: 1, plans: 1 });
  }, 120_000);
});
