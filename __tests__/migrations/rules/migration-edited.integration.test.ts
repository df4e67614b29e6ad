import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import type { Report } from '../../../src/core/report.js';
import { makeRepo, type TempRepo } from '../../helpers/git-repo.js';

/** The CLI's migration-edited findings; measured on the embedded database only when asked, as the rule reads git alone. */
async function findings(argv: string[], cwd: string, { measure = false } = {}): Promise<{ code: number; lines: string[] }> {
  let stdout = '';
  const code = await runCli([...argv, '--format', 'json', ...(measure ? [] : ['--no-measure'])], { cwd, stdout: (text) => (stdout += text), stderr: () => undefined, colorByDefault: false });
  const report = JSON.parse(stdout) as Report;
  return { code, lines: report.findings.filter((finding) => finding.rule === 'migration-edited').map((finding) => `${finding.file}:${finding.line} ${finding.severity} ${finding.message}`) };
}

const SAFE = "SET lock_timeout = '2s'; SET statement_timeout = '1min';\n";

describe('migration-edited', () => {
  let repo: TempRepo;

  beforeEach(() => {
    // On the base: two merged migrations and a Flyway repeatable one.
    repo = makeRepo({
      'db/V1__orders.sql': 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total bigint);\n',
      'db/V2__note.sql': `${SAFE}ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN tag text;\n`,
      'db/R__views.sql': 'CREATE OR REPLACE VIEW order_totals AS SELECT id, total FROM orders;\n',
    });
  });
  afterEach(() => repo.cleanup());

  it('reports an edit of a merged migration on its first added line, as an error that fails the gate', async () => {
    writeFileSync(path.join(repo.root, 'db/V2__note.sql'), `${SAFE}ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN label text;\n`);
    const result = await findings(['migrations', 'db/*.sql', '--diff-base', 'HEAD'], repo.root, { measure: true });
    expect(result.lines).toEqual([
      'db/V2__note.sql:3 error db/V2__note.sql was already merged, and this change edits it: databases that ran it will not run it again, so they and a fresh database end up with different schemas.',
    ]);
    expect(result.code).toBe(1);
  });

  it('reports an edit that only removed lines, on the first statement, through the diff filter', async () => {
    writeFileSync(path.join(repo.root, 'db/V2__note.sql'), `${SAFE}ALTER TABLE orders ADD COLUMN note text;\n`);
    expect((await findings(['migrations', 'db/*.sql', '--diff-base', 'HEAD'], repo.root)).lines).toEqual([
      'db/V2__note.sql:1 error db/V2__note.sql was already merged, and this change edits it: databases that ran it will not run it again, so they and a fresh database end up with different schemas.',
    ]);
  });

  it('is accepted by a file-wide directive the edit adds', async () => {
    writeFileSync(path.join(repo.root, 'db/V2__note.sql'), `-- predator-guard-ignore-file migration-edited -- comment-only fix\n${SAFE}ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN tag text;\n`);
    expect((await findings(['migrations', 'db/*.sql', '--diff-base', 'HEAD'], repo.root)).lines).toEqual([]);
  });

  it('reports a renamed merged migration', async () => {
    repo.git('mv', 'db/V2__note.sql', 'db/V3__note.sql');
    expect((await findings(['migrations', 'db/*.sql', '--diff-base', 'HEAD'], repo.root)).lines).toEqual([
      'db/V3__note.sql:1 error db/V3__note.sql was already merged as db/V2__note.sql, and this change renames it: databases that ran it will not run it again (or, where the name carries the version, run it twice), so they and a fresh database end up with different schemas.',
    ]);
  });

  it('stays quiet on a new migration, on an edited repeatable migration, without a diff, and on a committed edit checked against its own commit', async () => {
    writeFileSync(path.join(repo.root, 'db/V3__tag.sql'), `${SAFE}ALTER TABLE orders DROP COLUMN IF EXISTS tag;\n`);
    writeFileSync(path.join(repo.root, 'db/R__views.sql'), 'CREATE OR REPLACE VIEW order_totals AS SELECT id, total, note FROM orders;\n');
    expect((await findings(['migrations', 'db/*.sql', '--diff-base', 'HEAD'], repo.root)).lines).toEqual([]);
    writeFileSync(path.join(repo.root, 'db/V2__note.sql'), `${SAFE}ALTER TABLE orders ADD COLUMN note text;\n`);
    expect((await findings(['migrations', 'db/*.sql'], repo.root)).lines).toEqual([]);
    repo.git('add', '--all');
    repo.git('commit', '--quiet', '--message', 'edit');
    expect((await findings(['migrations', 'db/*.sql', '--diff-base', 'HEAD'], repo.root)).lines).toEqual([]);
  });
});
