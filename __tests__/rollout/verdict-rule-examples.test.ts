import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { rulesOf } from '../../src/core/rules/registry.js';
import type { ClusterRollout } from '../../src/rollout/cluster/rollout-api.js';
import { VERDICT_RULES } from '../../src/rollout/meta.js';
import { verdictOn } from '../helpers/verdict-on.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A page's example: a ```yaml file=NAME [image=IMAGE] block holding a Rollout, then a ```text block of `rule message` lines. */
function exampleOf(doc: string): { rollout: ClusterRollout; image?: string; expected: string[] } {
  const example = /```yaml file=\S+(?: image=(\S+))?\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
  if (!example) throw new Error('no example block');
  return { image: example[1], rollout: parse(example[2]) as ClusterRollout, expected: example[3].split('\n').filter((line) => line.trim() !== '') };
}

describe.each(Object.keys(VERDICT_RULES))('%s', (id) => {
  it('reports exactly what its docs example says, and no other verdict rule fires on it', () => {
    const example = exampleOf(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8'));
    const actual = rulesOf(VERDICT_RULES).flatMap((rule) => {
      const report = verdictOn(rule, example.rollout, example.image);
      return report ? [`${rule.meta.id} ${report.message}`] : [];
    });
    expect(actual).toEqual(example.expected);
    expect(actual.map((line) => line.split(' ')[0])).toEqual([id]);
  });
});
