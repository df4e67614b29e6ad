import type { AnalyzerName, Finding } from '../../../src/core/finding.js';
import { COMMENT_BODY_LIMIT, commentBody, ROOM_FOR_LATER_SECTIONS, type SectionWrite } from '../../../src/render/comment/comment-body.js';
import { openingMarker, opensWithMarker, parseCommentSections } from '../../../src/render/comment/comment-sections.js';
import { sectionMarkdown } from '../../../src/render/comment/section-markdown.js';
import { finding, reportOf } from '../sample-report.js';
import { completedRun } from '../../helpers/run-stats.js';

const OLD = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const HEAD = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const SUMMARY = 'https://github.com/o/r/actions/runs/9';
const lines = (...text: string[]) => text.join('\n');

const bare = (line: number, file = 'a.py') => finding({ rule: 'bare-except', category: 'antipattern', message: `Bare 'except:' at line ${line}.`, file, line });

/** One analyzer's run with these findings, written at `headSha` under the tag `k`. */
function run(analyzer: AnalyzerName, findings: Finding[], headSha = HEAD, extra: Partial<SectionWrite> = {}): SectionWrite {
  return { tag: 'k', report: reportOf(findings, { runs: [completedRun(analyzer)] }), analyzer, headSha, ...extra };
}

/** A comment another job (or an older version) wrote: its sections as they stand in the body. */
function existing(...sections: [analyzer: string, headSha: string, counts: string, content: string][]): string {
  return [
    openingMarker('k'),
    ...sections.map(([analyzer, sha, counts, content]) => `<!-- predator-guard:section=${analyzer} sha=${sha} counts=${counts} -->\n${content}\n<!-- /predator-guard:section=${analyzer} -->`),
  ].join('\n\n');
}

describe('the comment body', () => {
  it('opens with the key marker and wraps each section in its markers, in the order review, queries, rollout', () => {
    const body = commentBody(existing(['rollout', HEAD, '1/0/0', 'Rollout failed.']), run('review', [bare(3)]));
    expect(body).toBe(
      lines(
        '<!-- predator-guard:v1 key=k -->',
        '',
        '## predator-guard',
        '',
        '| section | errors | warnings | notices | gate | commit |',
        '|:--|--:|--:|--:|:--|:--|',
        '| review | 0 | 1 | 0 | ✅ passed | `2222222` |',
        '| rollout | 1 | 0 | 0 | — | `2222222` |',
        '',
        `<!-- predator-guard:section=review sha=${HEAD} counts=0/1/0 gate=passed -->`,
        '### review',
        '',
        '#### Antipattern (1)',
        '',
        '**`bare-except`** (1)',
        '',
        "- ⚠️ **warning** · `a.py:3` — Bare 'except:' at line 3.",
        '<!-- /predator-guard:section=review -->',
        '',
        `<!-- predator-guard:section=rollout sha=${HEAD} counts=1/0/0 -->`,
        'Rollout failed.',
        '<!-- /predator-guard:section=rollout -->',
      ),
    );
  });

  it('keeps the other jobs’ sections byte for byte, one this version does not know included, and replaces only its own', () => {
    const before = existing(['review', OLD, '0/0/0', 'old review'], ['security', HEAD, '0/0/1', 'from a newer version\n\n- `x` — y'], ['rollout', HEAD, '0/0/0', '🚦 web: Healthy']);
    const body = commentBody(before, run('review', []));
    expect(parseCommentSections(body).map((section) => [section.analyzer, section.content])).toEqual([
      ['review', '### ✅ review: no findings'],
      ['rollout', '🚦 web: Healthy'],
      ['security', 'from a newer version\n\n- `x` — y'],
    ]);
    expect(commentBody(body, run('review', []))).toBe(body);
    expect(commentBody(body.replace(/\n/g, '\r\n'), run('review', []))).toBe(body);
  });

  it('recognises its own key only, with a clear error for a key that cannot be one', () => {
    const body = commentBody(undefined, { ...run('review', []), tag: 'backend' });
    expect(opensWithMarker(body, 'backend')).toBe(true);
    expect(opensWithMarker(body, 'frontend')).toBe(false);
    expect(opensWithMarker(`Quoting: ${body}`, 'backend')).toBe(false);
    expect(openingMarker('team.backend_2')).toBe('<!-- predator-guard:v1 key=team.backend_2 -->');
    expect(() => openingMarker('my tag -->')).toThrow(
      `comment-tag "my tag -->" cannot key a comment: use letters, digits, '.', '_' or '-' only (for example 'predator-guard-backend').`,
    );
  });

  it('refuses a head SHA that is not one, naming it', () => {
    expect(() => commentBody(undefined, run('review', [], 'main'))).toThrow(
      'head SHA "main" is not a commit SHA: expected 7 to 64 lowercase hex digits, as in pull_request.head.sha.',
    );
  });
});

describe('stale sections', () => {
  it('marks a section from an older head as stale, once, and not one from the current head', () => {
    const body = commentBody(existing(['rollout', OLD, '0/0/0', 'from the last push']), run('review', []));
    expect(body).toBe(
      lines(
        '<!-- predator-guard:v1 key=k -->',
        '',
        '## predator-guard',
        '',
        '| section | errors | warnings | notices | gate | commit |',
        '|:--|--:|--:|--:|:--|:--|',
        '| review | 0 | 0 | 0 | ✅ passed | `2222222` |',
        '| rollout | 0 | 0 | 0 | — | `1111111` ⚠️ stale |',
        '',
        `<!-- predator-guard:section=review sha=${HEAD} counts=0/0/0 gate=passed -->`,
        '### ✅ review: no findings',
        '<!-- /predator-guard:section=review -->',
        '',
        `<!-- predator-guard:section=rollout sha=${OLD} counts=0/0/0 -->`,
        '> ⚠️ Stale: from 1111111, not the current head 2222222.',
        '',
        'from the last push',
        '<!-- /predator-guard:section=rollout -->',
      ),
    );
    expect(commentBody(body, run('review', []))).toBe(body);
    expect(commentBody(body, run('rollout', []))).not.toContain('Stale');
  });
});

describe('what was fixed since the previous push', () => {
  const section = (body: string) => parseCommentSections(body)[0].content;

  it('says how many findings went away since the section’s previous head', () => {
    const previous = existing(['review', OLD, '1/3/0', 'four findings']);
    expect(section(commentBody(previous, run('review', [bare(3)])))).toMatch(/^### review\n\n✅ 3 findings fixed since 1111111\.\n\n#### Antipattern/);
    expect(section(commentBody(previous, run('review', [])))).toBe('### ✅ review: no findings\n\n✅ 4 findings fixed since 1111111.');
  });

  it('says nothing when findings did not go away, or for a first run', () => {
    expect(section(commentBody(existing(['review', OLD, '0/1/0', 'one']), run('review', [bare(3), bare(4)])))).not.toContain('fixed');
    expect(section(commentBody(undefined, run('review', [])))).toBe('### ✅ review: no findings');
  });

  it('keeps the line when the same commit is run again with the same counts, so a re-run changes nothing', () => {
    const afterPush = commentBody(existing(['review', OLD, '0/2/0', 'two']), run('review', [bare(3)]));
    expect(commentBody(afterPush, run('review', [bare(3)]))).toBe(afterPush);
    const rerunChanged = commentBody(afterPush, run('review', [finding({ rule: 'x', severity: 'notice', message: 'other' })]));
    expect(section(rerunChanged)).not.toContain('fixed');
  });
});

describe('findings the inline review’s cap left out', () => {
  const section = (body: string) => parseCommentSections(body)[0].content;

  it('are counted under the section’s heading, after what was fixed, and not at all when there are none', () => {
    expect(section(commentBody(undefined, run('review', [bare(3), bare(4)], HEAD, { inlineOverCap: { count: 2, cap: 25 } })))).toMatch(
      /^### review\n\n> 💬 2 more findings on changed lines are in this comment only \(at most 25 inline review comments per run\)\.\n\n#### Antipattern/,
    );
    const previous = existing(['review', OLD, '0/3/0', 'three']);
    expect(section(commentBody(previous, run('review', [bare(3)], HEAD, { inlineOverCap: { count: 1, cap: 25 } })))).toMatch(
      /^### review\n\n✅ 2 findings fixed since 1111111\.\n\n> 💬 1 more finding on changed lines is in this comment only \(at most 25 inline review comments per run\)\.\n\n#### /,
    );
    expect(section(commentBody(undefined, run('review', [bare(3)], HEAD, { inlineOverCap: { count: 0, cap: 25 } })))).not.toContain('💬');
  });
});

describe('the 65,536-character cap', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, index) =>
      finding({
        rule: 'nested-loop',
        category: 'performance',
        message: `Loop nested at depth 2 inside the loop at line ${index + 1}.`,
        suggestion: 'Index the inner collection once outside the outer loop.',
        file: `src/module_${String(index).padStart(4, '0')}.py`,
        line: index + 2,
      }),
    );
  const items = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('- '));

  it('drops whole findings from the end of its own section and says how many, leaving the other sections whole', () => {
    const findings = many(1200);
    const full = sectionMarkdown(reportOf(findings), { analyzer: 'review' });
    const body = commentBody(existing(['rollout', HEAD, '0/0/0', '🚦 web: Healthy']), run('review', findings, HEAD, { summaryUrl: SUMMARY }));
    // queries has no section yet: the review leaves it room.
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT - ROOM_FOR_LATER_SECTIONS);
    expect(body.length).toBeGreaterThan(COMMENT_BODY_LIMIT - ROOM_FOR_LATER_SECTIONS - 400);
    const [review, rollout] = parseCommentSections(body);
    const shown = items(review.content);
    expect(shown).toEqual(items(full).slice(0, shown.length));
    expect(review.counts).toEqual({ error: 0, warning: 1200, notice: 0 });
    expect(review.content.startsWith('### review\n\n#### Performance (1200)\n\n**`nested-loop`** (1200)\n\n> 💡 Index the inner collection once outside the outer loop.\n\n')).toBe(true);
    expect(review.content.endsWith(`\n\n> ✂️ ${1200 - shown.length} more findings not shown here (a comment holds at most 65,536 characters): see [the job summary](${SUMMARY}).`)).toBe(true);
    expect(rollout.content).toBe('🚦 web: Healthy');
  });

  it('uses the room it left only when every analyzer already has a section', () => {
    const findings = many(1200);
    const all = existing(['queries', HEAD, '0/0/0', '🐘 2 saved plans audited'], ['rollout', HEAD, '0/0/0', '🚦 web: Healthy'], ['migrations', HEAD, '0/0/0', 'no problems']);
    const body = commentBody(all, run('review', findings));
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_BODY_LIMIT - 400);
  });

  it('leaves a later job room for its section, so neither job cuts the other', () => {
    const review = commentBody(undefined, run('review', many(1200), HEAD, { summaryUrl: SUMMARY }));
    const rolloutText = Array.from({ length: 40 }, (_, index) => finding({ analyzer: 'rollout', rule: 'canary-metric-undecided', category: 'release', severity: 'notice', message: `Metric ${index} was not evaluated.` }));
    const both = commentBody(review, run('rollout', rolloutText));
    expect(both.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    const [reviewAfter, rollout] = parseCommentSections(both);
    expect(reviewAfter.content).toBe(parseCommentSections(review)[0].content);
    expect(items(rollout.content)).toHaveLength(40);
    expect(rollout.content).not.toContain('✂️');
  });

  it('leaves a body under the cap as it is, with no tail', () => {
    const body = commentBody(undefined, run('review', many(20)));
    expect(parseCommentSections(body)[0].content).toBe(sectionMarkdown(reportOf(many(20)), { analyzer: 'review' }));
    expect(body).not.toContain('✂️');
  });

  it('lists no finding before it cuts into anything else, and shrinks to its summary line when that is still too long', () => {
    const findings = many(3);
    const [noneListed] = parseCommentSections(commentBody(undefined, run('review', findings, HEAD, { limit: 650 })));
    expect(noneListed.content).toBe(
      '### review\n\n> ✂️ 3 more findings not shown here (a comment holds at most 650 characters): see the job summary of the run that wrote this section.',
    );
    const skipped = Array.from({ length: 20 }, (_, index) => ({ file: `vendor/generated_${index}.py`, reason: 'too-large' as const }));
    const withSkipped = { ...run('review', findings, HEAD, { limit: 900 }), report: reportOf(findings, { runs: [completedRun('review', { skipped })] }) };
    const [summaryOnly] = parseCommentSections(commentBody(undefined, withSkipped));
    expect(summaryOnly.content).toBe(
      '### review\n\n> ✂️ 3 findings and the rest of this section not shown here (a comment holds at most 900 characters): see the job summary of the run that wrote this section.',
    );
  });

  it('makes another job’s section give way, as a whole and saying what it held, only when its own summary line does not fit', () => {
    const huge = `**predator-guard rollout**: 2 errors · gate failed\n\n${'- a rollout line\n'.repeat(4000)}`.trim();
    const body = commentBody(existing(['rollout', HEAD, '2/0/0', huge]), run('review', many(10)));
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    const [review, rollout] = parseCommentSections(body);
    expect(items(review.content)).toHaveLength(10);
    expect(rollout.counts).toEqual({ error: 2, warning: 0, notice: 0 });
    expect(rollout.content).toBe(
      '> ✂️ This section (2 findings) not shown here (a comment holds at most 65,536 characters): see the job summary of the run that wrote this section.',
    );
  });
});

describe('results that arrive out of order', () => {
  const NEWER = '3333333ccccccccccccccccccccccccccccccccc';
  const order = (...shas: string[]) => (sha: string) => (shas.includes(sha) ? shas.indexOf(sha) : undefined);

  it('never replaces a section about the current head with an older commit’s result, and leaves the body as it was', () => {
    const current = commentBody(undefined, run('review', [bare(3)], NEWER));
    const late = commentBody(current, run('review', [], HEAD, { currentHead: { sha: NEWER, order: order(OLD, HEAD, NEWER) } }));
    expect(late).toBe(current);
  });

  it('replaces an older commit’s section with a newer one that is not the head yet, marking it stale against the head', () => {
    const old = commentBody(undefined, run('review', [bare(3), bare(4)], OLD));
    const body = commentBody(old, run('review', [bare(3)], HEAD, { currentHead: { sha: NEWER, order: order(OLD, HEAD, NEWER) } }));
    const [section] = parseCommentSections(body);
    expect([section.headSha, section.counts.warning]).toEqual([HEAD, 1]);
    expect(body).toContain('> ⚠️ Stale: from 2222222, not the current head 3333333.');
    // …and an older result arriving after it changes nothing.
    expect(commentBody(body, run('review', [], OLD, { currentHead: { sha: NEWER, order: order(OLD, HEAD, NEWER) } }))).toBe(body);
  });

  it('keeps matrix jobs of one analyzer in separate sections, named after the analyzer', () => {
    const blue = commentBody(undefined, run('review', [bare(3)], HEAD, { section: 'blue' }));
    const both = commentBody(blue, run('review', [], HEAD, { section: 'green' }));
    const plain = commentBody(both, run('review', [bare(5)], HEAD));
    expect(parseCommentSections(plain).map((section) => [section.id, section.counts.warning])).toEqual([
      ['review', 1],
      ['review:blue', 1],
      ['review:green', 0],
    ]);
    expect(() => commentBody(undefined, run('review', [], HEAD, { section: 'blue -->' }))).toThrow(
      `section "blue -->" cannot name a comment section: use 1 to 64 letters, digits, '.', '_' or '-' (for example 'backend').`,
    );
  });
});

describe('which result a section keeps', () => {
  const head = { sha: 'c', order: (sha: string) => ({ a: 0, b: 1, c: 2 })[sha] };
  it('a re-run or the current head always; never over the current head; otherwise the newer commit', async () => {
    const { mayReplace } = await import('../../../src/render/comment/section-precedence.js');
    expect(mayReplace('b', 'b', head)).toBe(true);
    expect(mayReplace('b', 'c', head)).toBe(true);
    expect(mayReplace('c', 'b', head)).toBe(false);
    expect(mayReplace('a', 'b', head)).toBe(true);
    expect(mayReplace('b', 'a', head)).toBe(false);
    expect(mayReplace('gone', 'a', head)).toBe(true);
    expect(mayReplace('a', 'gone', head)).toBe(false);
  });
});
