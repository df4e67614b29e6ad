import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import type { Finding } from '../../../src/core/finding.js';
import { buildReport } from '../../../src/core/report.js';
import { commentBody } from '../../../src/render/comment/comment-body.js';
import { TOOL } from '../../../src/version.js';
import { completedRun } from '../../helpers/run-stats.js';
import { ON_SERVER } from '../queries-run-reports.js';
import { ABORTED, rolloutReport } from '../rollout-scenarios.js';
import { finding, reportOf } from '../sample-report.js';

/**
 * The comment as a reader sees it: every kind of section written into one body, then rendered by a GitHub-flavoured
 * markdown renderer, and its structure read from the HTML (headings, the summary table, folded blocks, links).
 */
const OLD = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const HEAD = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const DOCS = 'https://github.com/predator-guard/predator-guard/blob/v1.2.0/docs/rules/';
const BLOB = `https://github.com/o/r/blob/${HEAD}/`;

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

function everySectionKind(): string {
  const write = { tag: 'predator-guard', headSha: HEAD, linkBase: BLOB, docsBase: DOCS } as const;
  let body = commentBody(undefined, { ...write, report: rolloutReport([ABORTED]), analyzer: 'rollout', headSha: OLD });
  body = commentBody(body, { ...write, report: reportOf(reviewFindings()), analyzer: 'review' });
  body = commentBody(body, { ...write, report: queriesReport(), analyzer: 'queries' });
  body = commentBody(body, { ...write, report: reportOf([], { runs: [completedRun('review')] }), analyzer: 'review', section: 'docs' });
  return body;
}

function rendered(markdown: string): Document {
  const html = marked.parse(markdown, { gfm: true, async: false });
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

const texts = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim());

describe('the comment rendered as GitHub-flavoured markdown', () => {
  const document = rendered(everySectionKind());

  it('has one title, then a summary table with a row per section', () => {
    expect(texts(document, 'h2')).toEqual(['predator-guard']);
    const tables = [...document.querySelectorAll('table')];
    const summary = tables[0];
    expect([...summary.querySelectorAll('th')].map((cell) => cell.textContent)).toEqual(['section', 'errors', 'warnings', 'notices', 'gate', 'commit']);
    expect([...summary.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      ['review', '1', '13', '0', '❌ failed', '2222222'],
      ['review:docs', '0', '0', '0', '✅ passed', '2222222'],
      ['queries', '0', '1', '0', '✅ passed', '2222222'],
      ['rollout', '1', '0', '0', '❌ failed', '1111111 ⚠️ stale'],
    ]);
  });

  it('puts each section under a heading of its own, above its categories', () => {
    expect(texts(document, 'h3')).toEqual(['review', '✅ review (docs): no findings', 'queries', 'rollout']);
    expect(texts(document, 'h4')).toEqual(['Antipattern (14)', 'Performance (1)', 'Release (1)']);
  });

  it('marks every finding with its severity in words', () => {
    const items = texts(document, 'li').filter((text) => /^(🛑|⚠️|ℹ️) /.test(text ?? ''));
    expect(items.filter((text) => text?.startsWith('🛑 error'))).toHaveLength(2);
    expect(items.filter((text) => text?.startsWith('⚠️ warning'))).toHaveLength(14);
  });

  it('folds a rule’s findings past ten, the files not reviewed, the statement and the rollout’s steps into details blocks', () => {
    const summaries = texts(document, 'details > summary');
    expect(summaries).toContain('3 more bare-except findings');
    expect(summaries).toContain('SELECT: SELECT o.id');
    const statement = [...document.querySelectorAll('details')].find((details) => details.querySelector('summary')?.textContent === 'SELECT: SELECT o.id');
    expect(statement?.closest('li')).not.toBeNull();
    expect(statement?.querySelector('pre code.language-sql')?.textContent).toBe('SELECT o.id\nFROM orders o\nWHERE o.status = $1\n');
  });

  it('links rule ids to their docs pages at the action’s ref and places to their lines', () => {
    const links = [...document.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toContainEqual(['bare-except', `${DOCS}bare-except.md`]);
    expect(links).toContainEqual(['empty-catch', `${DOCS}empty-catch.md`]);
    expect(links).toContainEqual(['missing-index', `${DOCS}missing-index.md`]);
    expect(links).toContainEqual(['app/api.py:4', `${BLOB}app/api.py#L4`]);
  });

  it('shows advice once per rule, with its code as code and no literal backslashes', () => {
    const advice = [...document.querySelectorAll('blockquote')].filter((quote) => quote.textContent?.includes('💡'));
    expect(advice.map((quote) => quote.textContent?.trim())).toEqual([
      '💡 Catch Exception: except Exception:.',
      "💡 Read the failed AnalysisRun (kubectl argo rollouts get rollout checkout -n shop), fix the release, and deploy again; 'kubectl argo rollouts retry rollout checkout' retries the same revision.",
    ]);
    expect([...advice[0].querySelectorAll('code')].map((code) => code.textContent)).toEqual(['Exception', 'except Exception:']);
    expect(document.body.textContent).not.toContain('\\');
  });
});
