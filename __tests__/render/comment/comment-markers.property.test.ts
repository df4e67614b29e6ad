import fc from 'fast-check';
import { ANALYZERS, CATEGORIES, SEVERITIES, type AnalyzerName, type Finding } from '../../../src/core/finding.js';
import type { AnalyzerRun, Report } from '../../../src/core/report.js';
import { commentBody, type SectionWrite } from '../../../src/render/comment/comment-body.js';
import { parseCommentSections } from '../../../src/render/comment/comment-sections.js';
import { codeSpan, escapeHtml, escapeMarkdown, fencedCode, tableCodeSpan } from '../../../src/render/markdown-inline.js';
import { completedRun } from '../../helpers/run-stats.js';
import { ERROR_RATE_QUERY, FAILED_ANALYSIS_RUN, GROWING_STEPS, rolloutReport } from '../rollout-scenarios.js';
import { reportOf } from '../sample-report.js';

/**
 * Everything a pull request (or a forged saved report) can put into the comment, in every place the renderers put
 * it, must come back out as content: the sections parsed from the body are exactly the ones written.
 */

const SHA_A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SHA_B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const FORGED_OPEN = `<!-- predator-guard:section=queries sha=${SHA_B} counts=0/0/0 -->`;

/** Pieces an attacker would reach for: our markers, fences, HTML, table and link syntax, every kind of line break. */
const PIECES = [
  FORGED_OPEN,
  '<!-- /predator-guard:section=review -->',
  '<!-- /predator-guard:section=queries -->',
  '<!-- predator-guard:v1 key=k -->',
  '\n', '\r\n', '\r', '\u2028', '\u0085', '\n\n', '```', '~~~', '`', '``', '    ', '<img src=x onerror=alert(1)>', '</details>',
  '</summary>', '<details>', '-->', '<!--', '|', '[x](javascript:alert(1))', '](', '"', "'", '&amp;', '@octocat', '#', '> ', '- ',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 10 }).map((parts) => parts.join(''));
/** A quoted SQL identifier as PostgreSQL allows it (`""` for a quote), inside the CREATE INDEX the advice suggests. */
const createIndex = hostile.map((name) => `CREATE INDEX ON "${name.replace(/"/g, '""')}" ("${name.replace(/"/g, '""')}_id");`);

const findingOf = (analyzer: AnalyzerName) =>
  fc.record({
    rule: hostile,
    message: hostile,
    file: fc.option(hostile, { nil: undefined }),
    line: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
    severity: fc.constantFrom(...SEVERITIES),
    category: fc.constantFrom(...CATEGORIES),
    suggestion: fc.option(fc.oneof(hostile, createIndex), { nil: undefined }),
    code: fc.boolean(),
  }).map(({ code, file, line, suggestion, ...fields }): Finding => ({
    analyzer,
    ...fields,
    ...(file === undefined ? {} : { file, line }),
    ...(suggestion === undefined ? {} : { suggestion }),
    ...(code ? { data: { suggestionLanguage: 'sql' } } : {}),
    fingerprint: 'f',
  }));

/** A report of one analyzer, with hostile findings, skipped files and run notes. */
const reportFor = (analyzer: AnalyzerName): fc.Arbitrary<Report> =>
  fc.record({
    findings: fc.array(findingOf(analyzer), { maxLength: 4 }),
    skipped: fc.array(fc.record({ file: hostile, reason: hostile, detail: fc.option(hostile, { nil: undefined }) }), { maxLength: 2 }),
    failed: fc.option(hostile, { nil: undefined }),
  }).map(({ findings, skipped, failed }) => {
    const run: AnalyzerRun =
      failed !== undefined
        ? ({ analyzer, status: 'failed', error: failed, stats: { durationMs: 0 } } as AnalyzerRun)
        : analyzer === 'review'
          ? completedRun('review', { skipped: skipped as never })
          : completedRun(analyzer);
    return reportOf(findings, { runs: [run] });
  });

/** A followed rollout whose name, message, metric, query and AnalysisRun come from the attacker. */
const hostileRollout = fc.record({ name: hostile, message: hostile, metric: hostile, query: hostile, runName: hostile }).map(({ name, message, metric, query, runName }) =>
  rolloutReport([
    {
      name,
      steps: GROWING_STEPS,
      status: { phase: 'Degraded', message, currentStepIndex: 2 },
      ending: 'degraded',
      analysisRuns: [
        {
          ...FAILED_ANALYSIS_RUN,
          metadata: { ...FAILED_ANALYSIS_RUN.metadata, name: runName },
          spec: { metrics: [{ name: metric, successCondition: message, failureLimit: 2, count: 5 }] },
          status: {
            ...FAILED_ANALYSIS_RUN.status,
            message,
            metricResults: [{ name: metric, phase: 'Failed', count: 3, failed: 3, measurements: [{ value: message }], metadata: { ResolvedPrometheusQuery: `${ERROR_RATE_QUERY}\n${query}` } }],
          },
        },
      ],
    },
  ]),
);

const write = (report: Report, analyzer: AnalyzerName, headSha: string, section?: string): SectionWrite => ({ tag: 'k', report, analyzer, headSha, section, linkBase: 'https://github.com/o/r/blob/abc/' });
const RUNS = { numRuns: 300, seed: 13 };

describe('section markers cannot be forged from analysed or reported text', () => {
  it('parses back exactly the sections written, whatever the findings, skipped files and run notes say', () => {
    fc.assert(
      fc.property(fc.tuple(...ANALYZERS.map(reportFor)), fc.boolean(), (reports, withLinks) => {
        let body: string | undefined;
        const written: string[] = [];
        ANALYZERS.forEach((analyzer, index) => {
          const run = write(reports[index], analyzer, index === 0 ? SHA_A : SHA_B);
          body = commentBody(body, withLinks ? run : { ...run, linkBase: undefined });
          written.push(parseCommentSections(body).find((section) => section.id === analyzer)!.content);
        });
        const sections = parseCommentSections(body!);
        expect(sections.map((section) => [section.id, section.headSha])).toEqual([
          ['review', SHA_A],
          ['queries', SHA_B],
          ['rollout', SHA_B],
          ['migrations', SHA_B],
        ]);
        // The review section written first is kept byte for byte by the later writes.
        expect(sections.map((section) => section.content)).toEqual(written);
        ANALYZERS.forEach((analyzer, index) => {
          const counts = { error: 0, warning: 0, notice: 0 };
          for (const finding of reports[index].findings) counts[finding.severity] += 1;
          expect(sections[index].counts).toEqual(counts);
        });
      }),
      RUNS,
    );
  });

  it('keeps a rollout section whole whatever the cluster names, messages and PromQL hold', () => {
    fc.assert(
      fc.property(hostileRollout, fc.constantFrom(undefined, 'blue', 'green'), (report, name) => {
        const first = commentBody(undefined, write(reportOf([], { runs: [completedRun('review')] }), 'review', SHA_A));
        const body = commentBody(first, write(report, 'rollout', SHA_A, name));
        const sections = parseCommentSections(body);
        expect(sections.map((section) => section.id)).toEqual(['review', name === undefined ? 'rollout' : `rollout:${name}`]);
        // Written again, the section comes back the same: what was parsed is what was written.
        expect(commentBody(body, write(report, 'rollout', SHA_A, name))).toBe(body);
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});

describe('every context’s escape keeps text on one line of its own context', () => {
  const noBreak = (text: string) => !/[\r\n\u2028\u2029\u0085]/.test(text);

  it('code spans: one line, and the fence is longer than any backtick run inside', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const span of [codeSpan(text), tableCodeSpan(text)]) {
          expect(noBreak(span)).toBe(true);
          const fence = /^`+/.exec(span)![0];
          expect(span.endsWith(fence)).toBe(true);
          expect(span.slice(fence.length, -fence.length)).not.toContain(fence);
        }
      }),
      RUNS,
    );
  });

  it('inline text, link text and HTML text: one line, with nothing that opens markup left unescaped', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const inline = escapeMarkdown(text);
        expect(noBreak(inline)).toBe(true);
        expect(inline.replace(/\\[\\`*_[\]<>|~&]/g, '')).not.toMatch(/[`*_[\]<>|~]/);
        const html = escapeHtml(text);
        expect(noBreak(html)).toBe(true);
        expect(html).not.toMatch(/[<>"'`]/);
        expect(html.replace(/&#\d+;/g, '')).not.toContain('&');
      }),
      RUNS,
    );
  });

  it('fenced code: no line inside closes the fence', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const lines = fencedCode(text, 'promql').split('\n');
        const fence = lines[0].replace(/promql$/, '');
        expect(lines.at(-1)).toBe(fence);
        for (const line of lines.slice(1, -1)) expect(line.trim().startsWith(fence)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('the reader', () => {
  const open = (id: string) => `<!-- predator-guard:section=${id} sha=${SHA_A} counts=1/0/0 -->`;
  const close = (id: string) => `<!-- /predator-guard:section=${id} -->`;

  it('takes a marker only as a whole line outside fenced code', () => {
    const body = [
      '<!-- predator-guard:v1 key=k -->',
      '',
      open('review'),
      `quoted ${close('review')} inside a line`,
      '```sql',
      close('review'),
      open('queries'),
      '```',
      ` ${close('review')}`,
      close('review'),
    ].join('\n');
    const [section, ...rest] = parseCommentSections(body);
    expect(rest).toEqual([]);
    expect(section.id).toBe('review');
    expect(section.content.split('\n')).toHaveLength(6);
  });

  it('drops a section that never closes and one whose closing marker names another section', () => {
    expect(parseCommentSections([open('review'), 'x', close('queries')].join('\n'))).toEqual([]);
    expect(parseCommentSections([open('review'), '~~~', close('review')].join('\n'))).toEqual([]);
  });
});
