import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_CATALOG } from '../../src/core/rule-catalog.js';
import { LINT_RULES } from '../../src/rollout/meta.js';
import { lintSnippet } from '../helpers/lint-manifest-snippet.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A page's example: a ```yaml file=NAME block, then a ```text block of `file:line:column rule message` lines. */
function exampleOf(doc: string): { file: string; text: string; expected: string[] } {
  const example = /```yaml file=(\S+)\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
  if (!example) throw new Error('no example block');
  return { file: example[1], text: example[2], expected: example[3].split('\n').filter((line) => line.trim() !== '') };
}

describe('rollout lint rule registry', () => {
  it('lists rules alphabetically with unique ids that match their file names', () => {
    const ids = LINT_RULES.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(path.join(root, 'src/rollout/rules/lint'))
      .filter((file) => file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ids].sort());
  });

  it('puts every lint rule in the catalog as a rollout configuration rule', () => {
    const catalogued = RULE_CATALOG.filter((rule) => rule.analyzer === 'rollout' && rule.category === 'configuration');
    expect(catalogued.map((rule) => [rule.id, rule.category])).toEqual(LINT_RULES.map((rule) => [rule.meta.id, 'configuration']));
  });

  describe.each(LINT_RULES.map((rule) => [rule.meta.id] as const))('%s', (id) => {
    it('has a test file', () => {
      expect(existsSync(path.join(root, '__tests__/rollout/rules/lint', `${id}.test.ts`))).toBe(true);
    });

    it('reports exactly what its docs example says, and the example shows the rule', () => {
      const example = exampleOf(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8'));
      const actual = lintSnippet({ [example.file]: example.text });
      expect(actual).toEqual(example.expected);
      expect(actual.some((line) => line.split(' ')[1] === id)).toBe(true);
    });
  });
});
