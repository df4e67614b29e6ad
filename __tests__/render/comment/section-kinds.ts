import type { Finding } from '../../../src/core/finding.js';
import { buildReport } from '../../../src/core/report.js';
import { rulesOf } from '../../../src/core/rules/registry.js';
import { checkMigrations } from '../../../src/migrations/check-migrations.js';
import { STATIC_MIGRATION_RULES } from '../../../src/migrations/meta.js';
import { readMigrationText } from '../../../src/migrations/read-migrations.js';
import { pgParser } from '../../../src/postgres/sql/pg-parser.js';
import { commentBody } from '../../../src/render/comment/comment-body.js';
import { planReviewComments } from '../../../src/render/review-comments/review-comments.js';
import { TOOL } from '../../../src/version.js';
import { completedRun } from '../../helpers/run-stats.js';
import { ON_SERVER } from '../queries-run-reports.js';
import { ABORTED, rolloutReport } from '../rollout-scenarios.js';
import { finding, reportOf } from '../sample-report.js';

/**
 * One comment holding every kind of section (review, a clean one, queries, rollout, migrations), written as runs
 * write it: what the GitHub-flavoured markdown test reads and what docs/pr-comment.md's pictures show
 * (scripts/render-comment-picture.mjs).
 */
export const OLD = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
export const HEAD = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
export const DOCS = 'https://github.com/predator-guard/predator-guard/blob/v1.2.0/docs/rules/';
export const BLOB = `https://github.com/o/r/blob/${HEAD}/`;

function reviewFindings(): Finding[] {
  const bare = Array.from({ length: 13 }, (_, index) =>
    finding({ rule: 'bare-except', category: 'antipattern', message: `Bare 'except:' at line ${index + 1}.`, suggestion: 'Catch `Exception`: `except Exception:`.', file: 'app/jobs.py', line: index + 1 }),
  );
  const empty = finding({ rule: 'empty-catch', category: 'antipattern', severity: 'error', message: 'Handler `except ValueError: pass` swallows the error.', file: 'app/api.py', line: 4 });
  return [...bare, empty];
}

function queriesReport() {
  const sql = 'SELECT o.id\nFROM orders o\nWHERE o.status = $1';
  const missing = finding({
    analyzer: 'queries',
    rule: 'missing-index',
    category: 'performance',
    message: 'A sequential scan on orders reads 1,000,000 rows to keep 12.',
    suggestion: 'CREATE INDEX ON orders (status);',
    file: 'sql/orders.sql',
    line: 3,
    data: { suggestionLanguage: 'sql', statement: sql, statementKind: 'SELECT' },
  });
  return buildReport(TOOL, [missing], [{ analyzer: 'queries', status: 'ok', stats: ON_SERVER }], 'error');
}

/** The migration rules' own findings on a migration that indexes and alters an existing table. */
const MIGRATIONS: Record<string, string> = {
  'db/migrations/001_invoices.sql': 'CREATE TABLE invoices (id bigint PRIMARY KEY, due_on date);\n',
  'db/migrations/002_due.sql': 'CREATE INDEX invoices_due ON invoices (due_on);\nALTER TABLE invoices ADD COLUMN paid boolean NOT NULL DEFAULT random() > 0.5;\n',
};

async function migrationsReport() {
  const parser = await pgParser();
  const files = Object.entries(MIGRATIONS).map(([file, text]) => readMigrationText(parser, file, text));
  const findings = checkMigrations(files, rulesOf(STATIC_MIGRATION_RULES), { rules: {}, overrides: [] });
  return buildReport(TOOL, findings, [completedRun('migrations')], 'error');
}

export async function everySectionKind(): Promise<string> {
  const write = { tag: 'predator-guard', headSha: HEAD, linkBase: BLOB, docsBase: DOCS } as const;
  let body = commentBody(undefined, { ...write, report: rolloutReport([ABORTED]), analyzer: 'rollout', headSha: OLD });
  body = commentBody(body, { ...write, report: reportOf(reviewFindings()), analyzer: 'review' });
  body = commentBody(body, { ...write, report: queriesReport(), analyzer: 'queries' });
  body = commentBody(body, { ...write, report: reportOf([], { runs: [completedRun('review')] }), analyzer: 'review', section: 'docs' });
  body = commentBody(body, { ...write, report: await migrationsReport(), analyzer: 'migrations' });
  return body;
}

/** An inline review comment as a run posts it: a migration finding on an added line, with its rule's machine fix. */
export async function inlineReviewComment(): Promise<string> {
  const report = await migrationsReport();
  const file = 'db/migrations/002_due.sql';
  const changes = { files: new Map([[file, { file, status: 'added' as const, addedLines: new Set([1, 2]) }]]) };
  const plan = planReviewComments(report.findings, changes, (path) => MIGRATIONS[path], { docsBase: DOCS });
  const comment = plan.comments.find((candidate) => candidate.body.includes('`non-concurrent-index`') || candidate.body.includes('/non-concurrent-index.md'));
  if (comment === undefined) throw new Error('the migration has no non-concurrent-index finding on an added line');
  return comment.body;
}
