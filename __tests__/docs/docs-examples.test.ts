import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reviewSnippet } from '../helpers/review-snippet.js';

/**
 * The code samples of the docs pages that can run, run here as printed: a page that shows a suppression must show
 * one that works (no finding left, no unused-suppression notice), and without its directives the same code must
 * have the findings they silence, or the sample proves nothing.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const blocks = (page: string, language: string) =>
  [...readFileSync(path.join(root, page), 'utf8').matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]);

describe('docs/suppressions-and-baseline.md', () => {
  const [sample] = blocks('docs/suppressions-and-baseline.md', 'python');

  it('shows suppressions that silence every finding and are all used', async () => {
    expect(await reviewSnippet('sample.py', sample)).toEqual([]);
  });

  it('silences findings that are there without the directives', async () => {
    const bare = sample.replace(/\s*#\s*predator-guard-ignore[^\n]*/g, '');
    const findings = await reviewSnippet('sample.py', bare);
    expect(findings.map((finding) => [finding.rule, finding.line])).toEqual([
      ['too-many-params', 1],
      ['nested-loop', 6],
    ]);
  });
});
