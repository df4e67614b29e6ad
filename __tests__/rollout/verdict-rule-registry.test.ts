import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RULE_CATALOG } from '../../src/core/rule-catalog.js';
import type { FollowEnding } from '../../src/rollout/cluster/follow-rollout.js';
import { needsPromotion } from '../../src/rollout/cluster/follow-rollout.js';
import type { ClusterRollout } from '../../src/rollout/cluster/rollout-api.js';
import { rolloutPhase } from '../../src/rollout/status/rollout-phase.js';
import type { FlaggerCanary } from '../../src/rollout/flagger/canary-object.js';
import { canaryEnding } from '../../src/rollout/flagger/canary-phase.js';
import { canaryOutcome, UNCHECKED } from '../../src/rollout/flagger/follow-canary.js';
import { VERDICT_RULES } from '../../src/rollout/rules/verdict/index.js';
import type { VerdictReport, VerdictRule } from '../../src/rollout/cluster/verdict-rule.js';

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
    expect(ids).toEqual(['flagger-canary-failed', 'rollout-aborted', 'rollout-degraded', 'rollout-rolled-back', 'rollout-timeout']);
    for (const id of ids) expect(existsSync(path.join(root, 'src/rollout/rules/verdict', `${id}.ts`))).toBe(true);
    expect(RULE_CATALOG.filter((rule) => ids.includes(rule.id)).map((rule) => [rule.analyzer, rule.category, rule.id, rule.severity])).toEqual(ids.map((id) => ['rollout', 'release', id, 'error']));
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
      const actual = VERDICT_RULES.flatMap((rule) => {
        const report = verdictOn(rule, example.rollout, example.image);
        return report ? [`${rule.meta.id} ${report.message}`] : [];
      });
      expect(actual).toEqual(example.expected);
      expect(actual.map((line) => line.split(' ')[0])).toEqual([id]);
    });
  });
});

/** A Rollout example goes through `check`; a Flagger Canary example (`kind: Canary`) through `checkCanary`. */
function verdictOn(rule: VerdictRule, object: ClusterRollout, image: string | undefined): VerdictReport | undefined {
  const ref = { name: 'web', namespace: 'shop' };
  if ((object as { kind?: unknown }).kind === 'Canary') {
    const canary = object as FlaggerCanary;
    return rule.checkCanary?.(canaryOutcome(ref, canary, canaryEnding(canary, false) ?? 'timeout', UNCHECKED), { image });
  }
  const { phase, message } = rolloutPhase(object);
  return rule.check({ ref, ending: endingFor(phase), rollout: object, phase, message, needsPromotion: needsPromotion(object) }, { image });
}
