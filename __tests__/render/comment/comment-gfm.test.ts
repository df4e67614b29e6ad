import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { BLOB, DOCS, everySectionKind } from './section-kinds.js';

/**
 * The comment as a reader sees it: every kind of section written into one body, then rendered by a GitHub-flavoured
 * markdown renderer, and its structure read from the HTML (headings, the summary table, folded blocks, links).
 */
function rendered(markdown: string): Document {
  const html = marked.parse(markdown, { gfm: true, async: false });
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

const texts = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim());

describe('the comment rendered as GitHub-flavoured markdown', () => {
  let document: Document;
  beforeAll(async () => {
    document = rendered(await everySectionKind());
  });

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
      ['migrations', '0', '3', '1', '✅ passed', '2222222'],
    ]);
  });

  it('puts each section under a heading of its own, above its categories', () => {
    expect(texts(document, 'h3')).toEqual(['review', '✅ review (docs): no findings', 'queries', 'rollout', 'migrations']);
    expect(texts(document, 'h4')).toEqual(['Antipattern (14)', 'Performance (1)', 'Release (1)', 'Migration (4)']);
  });

  it('marks every finding with its severity in words', () => {
    const items = texts(document, 'li').filter((text) => /^(🛑|⚠️|ℹ️) /.test(text ?? ''));
    expect(items.filter((text) => text?.startsWith('🛑 error'))).toHaveLength(2);
    expect(items.filter((text) => text?.startsWith('⚠️ warning'))).toHaveLength(17);
  });

  it('folds a rule’s findings past ten, the files not reviewed, the statement and the rollout’s steps into details blocks', () => {
    const summaries = texts(document, 'details > summary');
    expect(summaries).toContain('3 more bare-except findings');
    expect(summaries).toContain('SELECT: SELECT o.id');
    // A migration finding's data names its statement's parse-node kind, not SQL: no statement block for it.
    expect(summaries.filter((summary) => summary?.includes('Stmt'))).toEqual([]);
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
      "💡 Start the migration with SET lock_timeout = '2s' (and retry on failure): a migration that cannot get its lock fails fast instead of stalling the application.",
      "💡 Use CREATE INDEX CONCURRENTLY, outside a transaction (it takes SHARE UPDATE EXCLUSIVE: reads and writes go on). Set lock_timeout first (SET lock_timeout = '2s') so that a lock stuck behind a long query fails the migration instead of queueing every query behind it.",
      "💡 Add the column without a default (or with a constant one), set the default with ALTER COLUMN … SET DEFAULT, and backfill existing rows in batches. Set lock_timeout first (SET lock_timeout = '2s') so that a lock stuck behind a long query fails the migration instead of queueing every query behind it.",
      "💡 Set statement_timeout at the top of the migration (SET statement_timeout = '5min'), long enough for its slowest statement; the connection's own timeout counts too, so this can be turned off where one is set.",
    ]);
    expect([...advice[0].querySelectorAll('code')].map((code) => code.textContent)).toEqual(['Exception', 'except Exception:']);
    expect(document.body.textContent).not.toContain('\\');
  });
});
