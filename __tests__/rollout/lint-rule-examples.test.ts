import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LINT_RULES } from '../../src/rollout/meta.js';
import { lintSnippet } from '../helpers/lint-manifest-snippet.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A page's example: a ```yaml file=NAME block, then a ```text block of `file:line:column rule message` lines. */
function exampleOf(doc: string): { file: string; text: string; expected: string[] } {
  const example = /```yaml file=(\S+)\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
  if (!example) throw new Error('no example block');
  return { file: example[1], text: example[2], expected: example[3].split('\n').filter((line) => line.trim() !== '') };
}

describe.each(Object.keys(LINT_RULES))('%s', (id) => {
  it('reports exactly what its docs example says, and the example shows the rule', () => {
    const example = exampleOf(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8'));
    const actual = lintSnippet({ [example.file]: example.text });
    expect(actual).toEqual(example.expected);
    expect(actual.some((line) => line.split(' ')[1] === id)).toBe(true);
  });
});
