import { runCli } from '../../../src/cli/main.js';
import type { Report } from '../../../src/core/report.js';
import { makeTree } from '../../helpers/temp-tree.js';

async function lines(files: Record<string, string>): Promise<string[]> {
  const tree = makeTree(files);
  try {
    let stdout = '';
    await runCli(['migrations', 'db/*.sql', '--format', 'json'], { cwd: tree.root, stdout: (text) => (stdout += text), stderr: () => undefined, colorByDefault: false });
    return (JSON.parse(stdout) as Report).findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule} ${finding.message.replace(/[\d.]+ ms\)/, 'N ms)')}`);
  } finally {
    tree.cleanup();
  }
}

describe('table-rewrite', () => {
  it('reports a measured rewrite of a table that holds data which no static rule named, and stays quiet otherwise', async () => {
    const found = await lines({
      'db/1_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, total int, qty int);\n',
      'db/2_change.sql': [
        "SET lock_timeout = '2s';",
        // Rewrites: SET UNLOGGED, which no static rule reads (missing-statement-timeout names the table, not the rewrite).
        'ALTER TABLE orders SET UNLOGGED;',
        // Rewrites, but generated-column-rewrite names the table already, and its message becomes the measured one.
        'ALTER TABLE orders ADD COLUMN doubled bigint GENERATED ALWAYS AS (total * 2) STORED;',
        // No rewrite: a column without a default.
        'ALTER TABLE orders ADD COLUMN note text;',
        // Rewrites, but column-type-change names the table already.
        'ALTER TABLE orders ALTER COLUMN qty TYPE bigint;',
        // A table created in the same file holds nobody's rows.
        'CREATE TABLE drafts (id int);',
        'ALTER TABLE drafts SET UNLOGGED;',
      ].join('\n'),
    });
    const on = 'measured on empty tables in the embedded database (table-rows fills them)';
    expect(found.filter((line) => line.includes(' table-rewrite '))).toEqual([
      `db/2_change.sql:2 table-rewrite ALTER TABLE orders SET UNLOGGED: ACCESS EXCLUSIVE on orders, rewrites the table; reads and writes wait (${on}: N ms).`,
    ]);
    expect(found.filter((line) => line.startsWith('db/2_change.sql:3 '))).toEqual([
      `db/2_change.sql:3 generated-column-rewrite ALTER TABLE orders ADD COLUMN doubled bigint GENERATED ALWAYS AS (total * 2) STORED: ACCESS EXCLUSIVE on orders (held since an earlier statement), rewrites the table; reads and writes wait (${on}: N ms).`,
    ]);
    expect(found.filter((line) => line.startsWith('db/2_change.sql:5 '))).toEqual([
      `db/2_change.sql:5 column-type-change ALTER TABLE orders ALTER COLUMN qty TYPE bigint: ACCESS EXCLUSIVE on orders (held since an earlier statement), rewrites the table; reads and writes wait (${on}: N ms).`,
    ]);
  }, 120_000);
});
