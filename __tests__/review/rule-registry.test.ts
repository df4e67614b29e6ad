import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_CATALOG } from '../../src/core/rule-catalog.js';
import { RULES } from '../../src/review/meta.js';
import { reviewSnippet } from '../helpers/review-snippet.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const REQUIRED_HEADINGS = ['## What', '## Why', '## How to fix', '## How to suppress', '## Example'];

/**
 * A docs page carries one runnable example: a fenced block whose info string names the example's file
 * (```python file=example.py), followed by a ```text block listing every finding as `file:line:column message`.
 */
function exampleOf(doc: string): { file: string; code: string; expected: string[] } {
  const example = /```\w+ file=(\S+)\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
  if (!example) throw new Error('no example block');
  return { file: example[1], code: example[2], expected: example[3].split('\n').filter((line) => line.trim() !== '') };
}

describe('rule registry', () => {
  it('lists rules alphabetically with unique ids that match their file names', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(path.join(root, 'src/review/rules'))
      .filter((file) => file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ids].sort());
  });

  it('has no docs page without a rule, and a page with the required headings for every rule of every analyzer', () => {
    const documented = readdirSync(path.join(root, 'docs/rules')).map((file) => file.replace(/\.md$/, ''));
    expect(documented.sort()).toEqual(RULE_CATALOG.map((rule) => rule.id).sort());
    for (const { id } of RULE_CATALOG) {
      const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');
      expect(doc.startsWith(`# ${id}\n`)).toBe(true);
      for (const heading of REQUIRED_HEADINGS) expect({ id, hasHeading: doc.includes(`\n${heading}\n`), heading }).toEqual({ id, hasHeading: true, heading });
    }
  });

  describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id) => {
    it('has a test file', () => {
      expect(existsSync(path.join(root, '__tests__/review/rules', `${id}.test.ts`))).toBe(true);
    });

    it('has a docs page with the required headings', () => {
      const docPath = path.join(root, 'docs/rules', `${id}.md`);
      expect(existsSync(docPath)).toBe(true);
      const doc = readFileSync(docPath, 'utf8');
      expect(doc.startsWith(`# ${id}\n`)).toBe(true);
      for (const heading of REQUIRED_HEADINGS) expect(doc).toContain(`\n${heading}\n`);
    });

    it('reports exactly what its docs example says', async () => {
      const example = exampleOf(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8'));
      const findings = await reviewSnippet(example.file, example.code);
      const actual = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
      expect(actual).toEqual(example.expected);
      expect(findings.some((f) => f.rule === id)).toBe(true);
    });
  });
});
