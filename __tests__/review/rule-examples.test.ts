import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HYGIENE_RULES, REVIEW_RULES } from '../../src/review/meta.js';
import { reviewSnippet } from '../helpers/review-snippet.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A docs page carries one runnable example: a fenced block whose info string names the example's file
 * (```python file=example.py), followed by a ```text block listing every finding as `file:line:column message`.
 */
function exampleOf(doc: string): { file: string; code: string; expected: string[] } {
  const example = /```\w+ file=(\S+)\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
  if (!example) throw new Error('no example block');
  return { file: example[1], code: example[2], expected: example[3].split('\n').filter((line) => line.trim() !== '') };
}

// The review rules, and unused-suppression, whose example is code too (stale-baseline-entry's needs a baseline, and
// file-too-complex's is 850 nested parentheses: their tests run them).
const rulesWithCodeExamples = [...Object.keys(REVIEW_RULES).filter((id) => id !== 'file-too-complex'), HYGIENE_RULES['unused-suppression'].meta.id];

describe.each(rulesWithCodeExamples)('%s', (id) => {
  it('reports exactly what its docs example says', async () => {
    const example = exampleOf(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8'));
    const findings = await reviewSnippet(example.file, example.code);
    const actual = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
    expect(actual).toEqual(example.expected);
    expect(findings.some((f) => f.rule === id)).toBe(true);
  });
});
