import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { MetricSamples } from '../../src/rollout/judge/judge-result.js';
import type { CanaryJudgeSettings } from '../../src/rollout/judge/judge-settings.js';
import { JUDGE_RULES } from '../../src/rollout/meta.js';
import { judgeLines, judgeSettings } from '../helpers/canary-judge.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A docs page's example: the config file, the samples per metric, then the `rule message` lines. */
function exampleOf(doc: string): { settings: CanaryJudgeSettings; samples: MetricSamples[]; expected: string[] } {
  const example = /```yaml file=\.predator-guard\.yml\n([\s\S]*?)```[\s\S]*?```yaml samples\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
  if (!example) throw new Error('no example blocks');
  const config = parse(example[1]) as Record<string, unknown>;
  const samples = Object.entries(parse(example[2]) as Record<string, { canary: number[]; stable: number[] }>).map(([name, sides]) => ({ name, ...sides }));
  return { settings: judgeSettings(config['canary-judge']), samples, expected: example[3].split('\n').filter((line) => line !== '') };
}

describe.each(Object.keys(JUDGE_RULES))('%s', (id) => {
  it('reports exactly what its docs example says, and the other judge rule stays silent', () => {
    const example = exampleOf(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8'));
    const actual = judgeLines(example.settings, example.samples, 'shop/checkout');
    expect(actual).toEqual(example.expected);
    expect(actual.map((line) => line.split(' ')[0])).toEqual([id]);
  });
});
