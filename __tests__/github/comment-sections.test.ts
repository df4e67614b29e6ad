import {
  COMMENT_BODY_LIMIT,
  openingMarker,
  opensWithMarker,
  parseCommentSections,
  renderCommentBody,
  withSection,
  type CommentSection,
} from '../../src/github/comment-sections.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { countBySeverity } from '../../src/core/report.js';
import { finding, reportOf } from '../render/sample-report.js';

const OLD = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const HEAD = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const none = { error: 0, warning: 0, notice: 0 };
const lines = (...text: string[]) => text.join('\n');

function section(analyzer: string, headSha: string, counts: CommentSection['counts'], content: string): CommentSection {
  return { analyzer, headSha, counts, content };
}

describe('the comment body', () => {
  it('opens with the key marker and wraps each section in its markers, in the order review, queries, rollout', () => {
    const sections = withSection(
      withSection([], { analyzer: 'rollout', headSha: HEAD, counts: { error: 1, warning: 0, notice: 0 }, markdown: 'Rollout failed.\n' }),
      { analyzer: 'review', headSha: HEAD, counts: { error: 0, warning: 2, notice: 1 }, markdown: 'Two warnings.' },
    );
    expect(renderCommentBody(sections, { tag: 'predator-guard', headSha: HEAD, analyzer: 'review' })).toBe(
      lines(
        '<!-- predator-guard:v1 key=predator-guard -->',
        '',
        `<!-- predator-guard:section=review sha=${HEAD} counts=0/2/1 -->`,
        'Two warnings.',
        '<!-- /predator-guard:section=review -->',
        '',
        `<!-- predator-guard:section=rollout sha=${HEAD} counts=1/0/0 -->`,
        'Rollout failed.',
        '<!-- /predator-guard:section=rollout -->',
      ),
    );
  });

  it('parses back exactly what it renders, so an untouched section is rewritten byte for byte', () => {
    const sections = [section('review', HEAD, { error: 1, warning: 0, notice: 3 }, '**predator-guard review**: 1 error\n\n- `a.py:3` — x `rule`')];
    const body = renderCommentBody(sections, { tag: 'k', headSha: HEAD, analyzer: 'review' });
    expect(parseCommentSections(body)).toEqual(sections);
    expect(parseCommentSections(body.replace(/\n/g, '\r\n'))).toEqual(sections);
  });

  it('replaces only the analyzer’s own section and keeps a section this version does not know', () => {
    const existing = [section('review', OLD, none, 'old review'), section('security', OLD, none, 'from a newer version')];
    const updated = withSection(existing, { analyzer: 'review', headSha: HEAD, counts: none, markdown: 'new review' });
    expect(updated.map((item) => [item.analyzer, item.content])).toEqual([
      ['review', 'new review'],
      ['security', 'from a newer version'],
    ]);
  });

  it('recognises its own key only, with a clear error for a key that cannot be one', () => {
    const body = renderCommentBody([], { tag: 'backend', headSha: HEAD, analyzer: 'review' });
    expect(opensWithMarker(body, 'backend')).toBe(true);
    expect(opensWithMarker(body, 'frontend')).toBe(false);
    expect(opensWithMarker(`Quoting: ${body}`, 'backend')).toBe(false);
    expect(openingMarker('team.backend_2')).toBe('<!-- predator-guard:v1 key=team.backend_2 -->');
    expect(() => openingMarker('my tag -->')).toThrow(
      `comment-tag "my tag -->" cannot key a comment: use letters, digits, '.', '_' or '-' only (for example 'predator-guard-backend').`,
    );
  });

  it('refuses a head SHA that is not one, naming it', () => {
    expect(() => withSection([], { analyzer: 'review', headSha: 'main', counts: none, markdown: 'x' })).toThrow(
      'head SHA "main" is not a commit SHA: expected 7 to 64 lowercase hex digits, as in pull_request.head.sha.',
    );
  });
});

describe('stale sections', () => {
  it('marks a section from an older head as stale at render time, once, and not one from the current head', () => {
    const sections = [section('review', HEAD, none, 'fresh'), section('rollout', OLD, none, 'from the last push')];
    const body = renderCommentBody(sections, { tag: 'k', headSha: HEAD, analyzer: 'review' });
    expect(body).toBe(
      lines(
        '<!-- predator-guard:v1 key=k -->',
        '',
        `<!-- predator-guard:section=review sha=${HEAD} counts=0/0/0 -->`,
        'fresh',
        '<!-- /predator-guard:section=review -->',
        '',
        `<!-- predator-guard:section=rollout sha=${OLD} counts=0/0/0 -->`,
        '> ⚠️ Stale: from 1111111, not the current head 2222222.',
        '',
        'from the last push',
        '<!-- /predator-guard:section=rollout -->',
      ),
    );
    const again = renderCommentBody(parseCommentSections(body), { tag: 'k', headSha: HEAD, analyzer: 'review' });
    expect(again).toBe(body);
    const rolloutCaughtUp = withSection(parseCommentSections(body), { analyzer: 'rollout', headSha: HEAD, counts: none, markdown: 'now current' });
    expect(renderCommentBody(rolloutCaughtUp, { tag: 'k', headSha: HEAD, analyzer: 'rollout' })).not.toContain('Stale');
  });
});

describe('what was fixed since the previous push', () => {
  it('says how many findings went away since the section’s previous head', () => {
    const previous = [section('review', OLD, { error: 1, warning: 3, notice: 0 }, 'four findings')];
    const [fixed] = withSection(previous, { analyzer: 'review', headSha: HEAD, counts: { error: 0, warning: 1, notice: 0 }, markdown: 'one finding' });
    expect(fixed.content).toBe('✅ 3 findings fixed since 1111111.\n\none finding');
    const [allFixed] = withSection(previous, { analyzer: 'review', headSha: HEAD, counts: none, markdown: '**predator-guard review**: ✅ No findings.' });
    expect(allFixed.content).toBe('✅ 4 findings fixed since 1111111.\n\n**predator-guard review**: ✅ No findings.');
  });

  it('says nothing when findings did not go away, or for a first run', () => {
    const previous = [section('review', OLD, { error: 0, warning: 1, notice: 0 }, 'one')];
    expect(withSection(previous, { analyzer: 'review', headSha: HEAD, counts: { error: 0, warning: 2, notice: 0 }, markdown: 'two' })[0].content).toBe('two');
    expect(withSection([], { analyzer: 'review', headSha: HEAD, counts: none, markdown: 'none' })[0].content).toBe('none');
  });

  it('keeps the line when the same commit is run again with the same counts, so a re-run changes nothing', () => {
    const [afterPush] = withSection([section('review', OLD, { error: 0, warning: 2, notice: 0 }, 'two')], {
      analyzer: 'review',
      headSha: HEAD,
      counts: { error: 0, warning: 1, notice: 0 },
      markdown: 'one',
    });
    const [rerun] = withSection([afterPush], { analyzer: 'review', headSha: HEAD, counts: { error: 0, warning: 1, notice: 0 }, markdown: 'one' });
    expect(rerun.content).toBe('✅ 1 finding fixed since 1111111.\n\none');
    const [rerunChanged] = withSection([afterPush], { analyzer: 'review', headSha: HEAD, counts: { error: 0, warning: 0, notice: 1 }, markdown: 'other' });
    expect(rerunChanged.content).toBe('other');
  });
});

describe('the 65,536-character cap', () => {
  const manyFindings = (count: number) =>
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

  it('cuts findings from the end of the largest section and says how many, leaving other sections whole', () => {
    const findings = manyFindings(1200);
    const review = renderMarkdown(reportOf(findings), { analyzer: 'review' });
    expect(review.length).toBeGreaterThan(COMMENT_BODY_LIMIT);
    const sections = withSection([section('rollout', HEAD, none, 'Rollout healthy.')], {
      analyzer: 'review',
      headSha: HEAD,
      counts: countBySeverity(findings),
      markdown: review,
    });
    const body = renderCommentBody(sections, { tag: 'k', headSha: HEAD, analyzer: 'review', summaryUrl: 'https://github.com/o/r/actions/runs/9' });
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_BODY_LIMIT - 400);
    const [cutReview, rollout] = parseCommentSections(body);
    const shown = cutReview.content.split('\n').filter((line) => line.startsWith('- ')).length;
    expect(cutReview.omitted).toEqual({ count: 1200 - shown, summaryUrl: 'https://github.com/o/r/actions/runs/9' });
    expect(cutReview.counts).toEqual({ error: 0, warning: 1200, notice: 0 });
    expect(review.startsWith(cutReview.content)).toBe(true);
    expect(rollout.content).toBe('Rollout healthy.');
    expect(body).toContain(
      `> ✂️ ${1200 - shown} more findings not shown here (a comment holds at most 65,536 characters): see [the job summary](https://github.com/o/r/actions/runs/9).\n<!-- /predator-guard:section=review -->`,
    );
  });

  it('adds to an earlier cut when another job’s section pushes the comment over again', () => {
    const findings = manyFindings(1200);
    const review = renderMarkdown(reportOf(findings), { analyzer: 'review' });
    const first = renderCommentBody(withSection([], { analyzer: 'review', headSha: HEAD, counts: countBySeverity(findings), markdown: review }), {
      tag: 'k',
      headSha: HEAD,
      analyzer: 'review',
      summaryUrl: 'https://github.com/o/r/actions/runs/9',
    });
    const omittedFirst = parseCommentSections(first)[0].omitted?.count ?? 0;
    const rolloutText = `Rollout report.\n\n${'- a rollout line\n'.repeat(200)}`;
    const second = renderCommentBody(withSection(parseCommentSections(first), { analyzer: 'rollout', headSha: HEAD, counts: none, markdown: rolloutText }), {
      tag: 'k',
      headSha: HEAD,
      analyzer: 'rollout',
      summaryUrl: 'https://github.com/o/r/actions/runs/10',
    });
    expect(second.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    const [reviewAgain, rollout] = parseCommentSections(second);
    expect(rollout.content).toBe(rolloutText.trim());
    const shownNow = reviewAgain.content.split('\n').filter((line) => line.startsWith('- ')).length;
    expect(reviewAgain.omitted).toEqual({ count: 1200 - shownNow, summaryUrl: 'https://github.com/o/r/actions/runs/9' });
    expect(reviewAgain.omitted?.count).toBeGreaterThan(omittedFirst);
  });

  it('leaves a body under the cap as it is, with no tail', () => {
    const findings = manyFindings(20);
    const review = renderMarkdown(reportOf(findings), { analyzer: 'review' });
    const body = renderCommentBody(withSection([], { analyzer: 'review', headSha: HEAD, counts: countBySeverity(findings), markdown: review }), {
      tag: 'k',
      headSha: HEAD,
      analyzer: 'review',
    });
    expect(body).toContain(review.trim());
    expect(body).not.toContain('✂️');
    expect(parseCommentSections(body)[0].omitted).toBeUndefined();
  });

  it('counts suggestions and skipped-file lists as part of a finding or of nothing, never as findings', () => {
    const long = 'x'.repeat(200);
    const content = lines(
      '**predator-guard review**: 3 warnings',
      '',
      '<details><summary>⏭️ 2 files not reviewed</summary>',
      '',
      '- big.py: too-large',
      '- blob.bin: binary',
      '',
      '</details>',
      '',
      `- \`a.py:1\` — one ${long} \`r\``,
      '  - _fix one_',
      `- \`a.py:2\` — two ${long} \`r\``,
      '  - _fix two_',
      `- \`a.py:3\` — three ${long} \`r\``,
      '  - _fix three_',
    );
    const sections = [section('review', HEAD, { error: 0, warning: 3, notice: 0 }, content)];
    const full = renderCommentBody(sections, { tag: 'k', headSha: HEAD, analyzer: 'review' });
    const [lastCut] = parseCommentSections(renderCommentBody(sections, { tag: 'k', headSha: HEAD, analyzer: 'review', limit: full.length - 10 }));
    expect(lastCut.content).toBe(content.split('\n').slice(0, -2).join('\n'));
    expect(lastCut.omitted).toEqual({ count: 1 });
    const [allCut] = parseCommentSections(renderCommentBody(sections, { tag: 'k', headSha: HEAD, analyzer: 'review', limit: 400 }));
    expect(allCut.content).toBe('**predator-guard review**: 3 warnings');
    expect(allCut.omitted).toEqual({ count: 3 });
  });
});
