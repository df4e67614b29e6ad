import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STATIC_MIGRATION_RULES } from '../../src/migrations/meta.js';
import { checkSnippet } from '../helpers/migration-snippet.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A page's example: a ```sql file=NAME block, then a ```text block of `file:line:column rule message` lines. */
function exampleOf(doc: string): { file: string; text: string; expected: string[] } {
  const example = /```sql file=(\S+)\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
  if (!example) throw new Error('no example block');
  return { file: example[1], text: example[2], expected: example[3].split('\n').filter((line) => line.trim() !== '') };
}

/** Rules about the change rather than the SQL: their pages show a diff, and their tests make a git repository. */
const CHANGE_RULES = new Set(['migration-edited']);

describe.each(Object.keys(STATIC_MIGRATION_RULES).filter((id) => !CHANGE_RULES.has(id)))('%s', (id) => {
  it('reports exactly what its docs example says, and the example shows the rule', async () => {
    const example = exampleOf(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8'));
    const actual = await checkSnippet({ [example.file]: example.text });
    expect(actual).toEqual(example.expected);
    expect(actual.some((line) => line.split(' ')[1] === id)).toBe(true);
  });
});
