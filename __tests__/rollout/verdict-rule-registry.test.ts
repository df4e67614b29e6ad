import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RULE_CATALOG } from '../../src/core/rule-catalog.js';
import type { FollowEnding } from '../../src/rollout/cluster/follow-rollout.js';
import { needsPromotion } from '../../src/rollout/cluster/follow-rollout.js';
import type { ClusterRollout } from '../../src/rollout/cluster/rollout-api.js';
import { rolloutPhase } from '../../src/rollout/status/rollout-phase.js';
import { VERDICT_RULES } from '../../src/rollout/verdict-rules/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const HEADINGS = ['## What', '## Why', '## How to fix', '## How to suppress', '## Example'];

/** A page's example: a ```yaml file=NAME [image=IMAGE] block holding a Rollout, then a ```text block of `rule message` lines. */
function exampleOf(doc: string): { rollout: ClusterRollout; image?: string; expected: string[] } {
  const example = /```yaml file=\S+(?: image=(\S+))?\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
  if (!example) throw new Error('no example block');
  return { image: example[1], rollout: parse(example[2]) as ClusterRollout, expected: example[3].split('\n').filter((line) => line.trim() !== '') };
}

/** The wait ends on Healthy or Degraded; any other phase in an example is where the timeout found it. */
function endingFor(phase: string): FollowEnding {
  if (phase === 'Healthy') return 'healthy';
  if (phase === 'Degraded') return 'degraded';
  return 'timeout';
}

describe('rollout verdict rule registry', () => {
  it('lists rules alphabetically, one file each, all in the catalog as rollout release rules', () => {
    const ids = VERDICT_RULES.map((rule) => rule.meta.id);
    expect(ids).toEqual(['rollout-aborted', 'rollout-degraded', 'rollout-rolled-back', 'rollout-timeout']);
    for (const id of ids) expect(existsSync(path.join(root, 'src/rollout/verdict-rules', `${id}.ts`))).toBe(true);
    expect(RULE_CATALOG.filter((rule) => rule.category === 'release').map((rule) => [rule.analyzer, rule.id, rule.severity])).toEqual(ids.map((id) => ['rollout', id, 'error']));
    expect(readdirSync(path.join(root, 'docs/rules'))).toEqual(expect.arrayContaining(ids.map((id) => `${id}.md`)));
  });

  describe.each(VERDICT_RULES.map((rule) => [rule.meta.id] as const))('%s', (id) => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');

    it('has a docs page with the required headings', () => {
      expect(doc.startsWith(`# ${id}\n`)).toBe(true);
      for (const heading of HEADINGS) expect(doc).toContain(`\n${heading}\n`);
    });

    it('reports exactly what its docs example says, and no other verdict rule fires on it', () => {
      const example = exampleOf(doc);
      const { phase, message } = rolloutPhase(example.rollout);
      const outcome = { ref: { name: 'web', namespace: 'shop' }, ending: endingFor(phase), rollout: example.rollout, phase, message, needsPromotion: needsPromotion(example.rollout) };
      const actual = VERDICT_RULES.flatMap((rule) => {
        const report = rule.check(outcome, { image: example.image });
        return report ? [`${rule.meta.id} ${report.message}`] : [];
      });
      expect(actual).toEqual(example.expected);
      expect(actual.map((line) => line.split(' ')[0])).toEqual([id]);
    });
  });
});
