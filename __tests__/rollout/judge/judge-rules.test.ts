import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RULE_CATALOG } from '../../../src/core/rule-catalog.js';
import { judgeCanary } from '../../../src/rollout/judge/judge-canary.js';
import { judgeReports } from '../../../src/rollout/judge/judge-reports.js';
import type { MetricSamples } from '../../../src/rollout/judge/judge-result.js';
import { readCanaryJudgeSettings, type CanaryJudgeSettings } from '../../../src/rollout/judge/judge-settings.js';
import { JUDGE_RULES } from '../../../src/rollout/rules/judge/index.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const HEADINGS = ['## What', '## Why', '## How to fix', '## How to suppress', '## Example'];

function settingsOf(section: unknown): CanaryJudgeSettings {
  const settings = readCanaryJudgeSettings(section);
  if (!settings) throw new Error('no canary-judge section');
  return settings;
}

/** A docs page's example: the config file, the samples per metric, then the `rule message` lines. */
function exampleOf(doc: string): { settings: CanaryJudgeSettings; samples: MetricSamples[]; expected: string[] } {
  const example = /```yaml file=\.predator-guard\.yml\n([\s\S]*?)```[\s\S]*?```yaml samples\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
  if (!example) throw new Error('no example blocks');
  const config = parse(example[1]) as Record<string, unknown>;
  const samples = Object.entries(parse(example[2]) as Record<string, { canary: number[]; stable: number[] }>).map(([name, sides]) => ({ name, ...sides }));
  return { settings: settingsOf(config['canary-judge']), samples, expected: example[3].split('\n').filter((line) => line !== '') };
}

const lines = (settings: CanaryJudgeSettings, samples: MetricSamples[], subject?: string): string[] =>
  judgeReports(judgeCanary(samples, settings), subject).map(({ meta, report }) => `${meta.id} ${report.message}`);

describe('canary judge rules', () => {
  it('are in the catalog as rollout release rules, alphabetically', () => {
    expect(JUDGE_RULES.map((rule) => rule.meta.id)).toEqual(['canary-judge-failed', 'canary-judge-marginal']);
    expect(RULE_CATALOG.filter((rule) => rule.id.startsWith('canary-judge-')).map((rule) => [rule.analyzer, rule.category, rule.id, rule.severity])).toEqual([
      ['rollout', 'release', 'canary-judge-failed', 'error'],
      ['rollout', 'release', 'canary-judge-marginal', 'warning'],
    ]);
  });

  describe.each(JUDGE_RULES.map((rule) => [rule.meta.id] as const))('%s', (id) => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');

    it('has a docs page with the required headings', () => {
      expect(doc.startsWith(`# ${id}\n`)).toBe(true);
      for (const heading of HEADINGS) expect(doc).toContain(`\n${heading}\n`);
    });

    it('reports exactly what its docs example says, and the other judge rule stays silent', () => {
      const example = exampleOf(doc);
      const actual = lines(example.settings, example.samples, 'shop/checkout');
      expect(actual).toEqual(example.expected);
      expect(actual.map((line) => line.split(' ')[0])).toEqual([id]);
    });
  });
});

describe('canary judge rule messages', () => {
  const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);
  const metric = (name: string, extra: Record<string, unknown> = {}) => ({ name, canary: `${name}{track="canary"}`, stable: `${name}{track="stable"}`, ...extra });
  // 11:20 against 1:10 is High: R gives estimate 10, 98% interval [6, 14].
  const high = (name: string): MetricSamples => ({ name, canary: range(11, 20), stable: range(1, 10) });
  const pass = (name: string): MetricSamples => ({ name, canary: range(1, 10), stable: range(1, 10) });

  it('says nothing when the judge passed', () => {
    expect(lines(settingsOf({ metrics: [metric('latency')] }), [pass('latency')])).toEqual([]);
  });

  it('names the score, both thresholds and every failing metric with its numbers when the score is too low', () => {
    const settings = settingsOf({ metrics: [metric('latency'), metric('errors', { 'must-have-data': true }), metric('cpu')] });
    expect(lines(settings, [high('latency'), { name: 'errors', canary: [], stable: [1, 2] }, pass('cpu')])).toEqual([
      'canary-judge-failed Canary judge failed: score 33.33 is below the marginal score 75 (pass 95); 2 of 3 metrics failed: latency High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14); errors NoDataFail (no canary samples).',
    ]);
  });

  it('says when half the metrics had no data', () => {
    const settings = settingsOf({ metrics: [metric('latency'), metric('errors')] });
    expect(lines(settings, [pass('latency'), { name: 'errors', canary: [1], stable: [] }], 'shop/web')).toEqual([
      'canary-judge-failed Canary judge of shop/web failed: 1 of 2 metrics had no data (errors NoData (no stable samples)); at half or more the score is forced to 0 (marginal 75, pass 95).',
    ]);
  });

  it('lists every critical metric that failed', () => {
    const settings = settingsOf({ metrics: [metric('latency', { critical: true }), metric('errors', { critical: true }), metric('cpu')], 'marginal-score': 50, 'pass-score': 90 });
    expect(lines(settings, [high('latency'), high('errors'), pass('cpu')])).toEqual([
      'canary-judge-failed Canary judge failed: critical metrics latency High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14); errors High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14); the score is forced to 0 (marginal 50, pass 90).',
    ]);
  });

  it('is marginal, not failed, at exactly the marginal score', () => {
    const settings = settingsOf({ metrics: [metric('a'), metric('b'), metric('c'), metric('d')] });
    expect(lines(settings, [high('a'), pass('b'), pass('c'), pass('d')])).toEqual([
      'canary-judge-marginal Canary judge is marginal: score 75 is below the pass score 95 but not below the marginal score 75; 1 of 4 metrics failed: a High (canary mean 15.5, stable mean 5.5, mean ratio 2.818, shift 10 with 98% CI 6 to 14).',
    ]);
  });
});
