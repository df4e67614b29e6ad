import type { Finding } from '../../../src/core/finding.js';
import { rulesDocsBase } from '../../../src/render/comment/rule-docs-link.js';
import { sectionMarkdown } from '../../../src/render/comment/section-markdown.js';
import { completedRun } from '../../helpers/run-stats.js';
import { finding, reportOf } from '../sample-report.js';

const DOCS = 'https://github.com/predator-guard/predator-guard/blob/v1.2.0/docs/rules/';
const BLOB = 'https://github.com/o/r/blob/abc1234/';
const markdown = (...lines: string[]) => lines.join('\n');

const bareExcept = (line: number): Finding =>
  finding({
    rule: 'bare-except',
    category: 'antipattern',
    message: "Bare 'except:' catches SystemExit.",
    suggestion: 'Catch `Exception` (or narrower): `except Exception:`.',
    file: 'app/jobs.py',
    line,
  });

describe('a comment section', () => {
  it('marks every finding with its severity, groups by rule with the advice said once, and links rules to their docs', () => {
    const report = reportOf([
      bareExcept(12),
      bareExcept(30),
      finding({ rule: 'empty-catch', category: 'antipattern', severity: 'error', message: 'Handler `except ValueError: pass` swallows the error.', suggestion: 'Log it with `logger.exception`.', file: 'app/api.py', line: 4 }),
      finding({ rule: 'nested-loop', category: 'performance', severity: 'notice', message: "'customers' is scanned once for every item of 'orders'.", suggestion: 'Index the inner collection once.', file: 'app/orders.py', line: 4, endLine: 5 }),
      finding({ rule: 'nested-loop', category: 'performance', severity: 'notice', message: "'carts' is scanned once for every item of 'users'.", suggestion: 'Index the inner collection once.', file: 'app/users.py', line: 9 }),
      finding({ rule: 'nested-loop', category: 'performance', severity: 'notice', message: "'items' is scanned once for every item of 'carts'.", suggestion: 'Index `items` by id.', file: 'app/carts.py', line: 9 }),
    ]);
    expect(sectionMarkdown(report, { analyzer: 'review', docsBase: DOCS, linkBase: BLOB })).toBe(
      markdown(
        '### review',
        '',
        '#### Performance (3)',
        '',
        `**[\`nested-loop\`](${DOCS}nested-loop.md)** (3)`,
        '',
        '> 💡 Index the inner collection once.',
        '',
        `- ℹ️ **notice** · [app/carts.py:9](${BLOB}app/carts.py#L9) — 'items' is scanned once for every item of 'carts'.`,
        '  - 💡 Index `items` by id.',
        `- ℹ️ **notice** · [app/orders.py:4](${BLOB}app/orders.py#L4-L5) — 'customers' is scanned once for every item of 'orders'.`,
        `- ℹ️ **notice** · [app/users.py:9](${BLOB}app/users.py#L9) — 'carts' is scanned once for every item of 'users'.`,
        '',
        '#### Antipattern (3)',
        '',
        `**[\`empty-catch\`](${DOCS}empty-catch.md)** (1)`,
        '',
        '> 💡 Log it with `logger.exception`.',
        '',
        `- 🛑 **error** · [app/api.py:4](${BLOB}app/api.py#L4) — Handler \`except ValueError: pass\` swallows the error.`,
        '',
        `**[\`bare-except\`](${DOCS}bare-except.md)** (2)`,
        '',
        '> 💡 Catch `Exception` (or narrower): `except Exception:`.',
        '',
        `- ⚠️ **warning** · [app/jobs.py:12](${BLOB}app/jobs.py#L12) — Bare 'except:' catches SystemExit.`,
        `- ⚠️ **warning** · [app/jobs.py:30](${BLOB}app/jobs.py#L30) — Bare 'except:' catches SystemExit.`,
      ),
    );
  });

  it('lists ten findings of a rule in the open and folds the rest into a details block', () => {
    const many = Array.from({ length: 12 }, (_, index) => finding({ rule: 'bare-except', category: 'antipattern', message: `Bare at ${index + 1}.`, file: 'a.py', line: index + 1 }));
    const rendered = sectionMarkdown(reportOf(many), { analyzer: 'review' });
    const open = Array.from({ length: 10 }, (_, index) => `- ⚠️ **warning** · \`a.py:${index + 1}\` — Bare at ${index + 1}.`);
    expect(rendered).toBe(
      markdown(
        '### review',
        '',
        '#### Antipattern (12)',
        '',
        '**`bare-except`** (12)',
        '',
        ...open,
        '',
        '<details><summary>2 more bare-except findings</summary>',
        '',
        '- ⚠️ **warning** · `a.py:11` — Bare at 11.',
        '- ⚠️ **warning** · `a.py:12` — Bare at 12.',
        '',
        '</details>',
      ),
    );
    expect(sectionMarkdown(reportOf(many.slice(0, 10)), { analyzer: 'review' })).not.toContain('<details>');
  });

  it('shows a query finding’s statement: its kind and first line, the whole folded in a SQL block', () => {
    const sql = 'SELECT o.id, c.name\nFROM orders o JOIN customers c ON c.id = o.customer_id\nWHERE o.status = $1';
    const report = reportOf(
      [
        finding({
          analyzer: 'queries',
          rule: 'missing-index',
          category: 'performance',
          message: 'A sequential scan on orders reads 1,000,000 rows to keep 12.',
          suggestion: 'CREATE INDEX ON orders (status);',
          file: 'sql/orders.sql',
          line: 3,
          endLine: 5,
          data: { suggestionLanguage: 'sql', statement: sql, statementKind: 'SELECT' },
        }),
      ],
      { runs: [completedRun('queries')] },
    );
    expect(sectionMarkdown(report, { analyzer: 'queries' })).toBe(
      markdown(
        '### queries',
        '',
        '#### Performance (1)',
        '',
        '**`missing-index`** (1)',
        '',
        '- ⚠️ **warning** · `sql/orders.sql:3` — A sequential scan on orders reads 1,000,000 rows to keep 12.',
        '  - `CREATE INDEX ON orders (status);`',
        '  <details><summary>SELECT: SELECT o.id, c.name</summary>',
        '',
        '  ```sql',
        '  SELECT o.id, c.name',
        '  FROM orders o JOIN customers c ON c.id = o.customer_id',
        '  WHERE o.status = $1',
        '  ```',
        '',
        '  </details>',
      ),
    );
  });

  it('names the statement by its sqlc name when it has one', () => {
    const named = finding({ analyzer: 'queries', rule: 'missing-index', category: 'performance', message: 'GetOrders: slow.', file: 'q.sql', line: 2, data: { statement: 'SELECT 1', statementKind: 'SELECT', statementName: 'GetOrders' } });
    expect(sectionMarkdown(reportOf([named], { runs: [completedRun('queries')] }), { analyzer: 'queries' })).toContain('  <details><summary>GetOrders: SELECT 1</summary>');
  });

  it('is one line when clean, and says why when the gate failed without findings', () => {
    expect(sectionMarkdown(reportOf([]), { analyzer: 'review' })).toBe('### ✅ review: no findings');
    expect(sectionMarkdown(reportOf([]), { analyzer: 'review', section: 'backend_v2' })).toBe('### ✅ review (backend\\_v2): no findings');
    const failed = reportOf([], { runs: [{ analyzer: 'queries', status: 'failed', error: 'could not connect to db:5432', stats: {} }] });
    expect(sectionMarkdown(failed, { analyzer: 'queries' })).toBe('### queries\n\n⚠️ The queries analyzer failed: could not connect to db:5432');
  });

  it('leaves rule ids without a docs page, or without a docs base, as plain code', () => {
    const report = reportOf([finding({ rule: 'made-up-rule', message: 'x.' }), finding({ rule: 'bare-except', category: 'antipattern', message: 'y.' })]);
    const withDocs = sectionMarkdown(report, { analyzer: 'review', docsBase: DOCS });
    expect(withDocs).toContain('**`made-up-rule`** (1)');
    expect(withDocs).toContain(`**[\`bare-except\`](${DOCS}bare-except.md)** (1)`);
    expect(sectionMarkdown(report, { analyzer: 'review' })).toContain('**`bare-except`** (1)');
  });

  it('turns backtick-quoted code in messages and advice into code spans and escapes the rest', () => {
    const report = reportOf([finding({ rule: 'x', message: 'In `a | b` *and* `` and <b>', suggestion: 'Write `except Exception:` @here.' })]);
    expect(sectionMarkdown(report, { analyzer: 'review' })).toContain(
      markdown('> 💡 Write `except Exception:` @&#8203;here.', '', '- ⚠️ **warning** · In `a | b` \\*and\\* \\`\\` and \\<b\\>'),
    );
  });
});

describe('the docs base for rule links', () => {
  it('is the action repository’s docs/rules at the ref the workflow used', () => {
    expect(rulesDocsBase('https://github.com', 'predator-guard/predator-guard', 'v1.2.0')).toBe(DOCS);
    expect(rulesDocsBase('https://ghe.example.com/', 'tools/predator-guard', 'release/2')).toBe('https://ghe.example.com/tools/predator-guard/blob/release/2/docs/rules/');
  });

  it('is unknown outside a uses: step or for a value of another form', () => {
    expect(rulesDocsBase('https://github.com', undefined, 'v1')).toBeUndefined();
    expect(rulesDocsBase('https://github.com', 'o/r', undefined)).toBeUndefined();
    expect(rulesDocsBase('https://github.com', 'o/r', 'v1) [x](https://evil')).toBeUndefined();
    expect(rulesDocsBase('https://github.com', 'o/r', '../../x')).toBeUndefined();
  });
});
