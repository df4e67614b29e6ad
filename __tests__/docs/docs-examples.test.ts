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

describe('the terminal sessions the docs print', () => {
  /** Each ```text block that starts with `$ cd DIR && node ../../dist/cli.js ARGS`, run through the CLI's sources. */
  const sessions = ['docs/queries.md', 'docs/rollout.md'].flatMap((page) =>
    blocks(page, 'text').flatMap((block) => {
      const match = /^\$ cd (\S+) && node \S*dist\/cli\.js (.+)\n([\s\S]*)$/.exec(block);
      return match ? [[page, match[1], match[2], match[3]] as const] : [];
    }),
  );

  it('include the saved-plan audit and the manifest lint', () => {
    expect(sessions.map(([page, , args]) => `${page}: ${args}`)).toEqual([
      'docs/queries.md: queries --plan plans/nested-loop-amplification.json',
      'docs/rollout.md: rollout --lint rollouts',
    ]);
  });

  it.each(sessions)('%s: `%s && %s` prints what the page shows', async (_page, directory, args, output) => {
    const { runCli } = await import('../../src/cli/main.js');
    let stdout = '';
    await runCli(args.split(' '), { cwd: path.join(root, directory), stdout: (text) => (stdout += text), stderr: () => undefined, colorByDefault: false });
    expect(stdout).toBe(output);
  });
});
