import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { RULE_CATALOG } from '../../../src/core/rule-catalog.js';
import { canaryMetricFailed } from '../../../src/rollout/rules/metrics/canary-metric-failed.js';
import { canaryMetricUndecided } from '../../../src/rollout/rules/metrics/canary-metric-undecided.js';
import type { MetricEvaluation } from '../../../src/rollout/metrics/evaluate-template-metrics.js';
import { METRIC_RULES } from '../../../src/rollout/rules/metrics/index.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const HEADINGS = ['## What', '## Why', '## How to fix', '## How to suppress', '## Example'];

const measured: MetricEvaluation = {
  rollout: 'shop/checkout',
  analysis: 'step 2',
  template: 'error-rate',
  metric: 'error-rate',
  query: 'vector(0.03)',
  value: '[0.03]',
  successCondition: 'result[0] < 0.02',
  failureCondition: 'result[0] > 0.05',
};

describe('template metric rules', () => {
  it('are in the catalog as rollout release rules, alphabetically', () => {
    expect(METRIC_RULES.map((rule) => rule.meta.id)).toEqual(['canary-metric-failed', 'canary-metric-undecided']);
    expect(RULE_CATALOG.filter((rule) => rule.id.startsWith('canary-metric-')).map((rule) => [rule.analyzer, rule.category, rule.id, rule.severity])).toEqual([
      ['rollout', 'release', 'canary-metric-failed', 'error'],
      ['rollout', 'release', 'canary-metric-undecided', 'notice'],
    ]);
  });

  describe.each(METRIC_RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');

    it('has a docs page with the required headings', () => {
      expect(doc.startsWith(`# ${id}\n`)).toBe(true);
      for (const heading of HEADINGS) expect(doc).toContain(`\n${heading}\n`);
    });

    it('reports exactly what its docs example says, and the other metric rule stays silent on it', () => {
      const example = /```yaml measurement\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
      if (!example) throw new Error('no example block');
      const evaluation = parse(example[1]) as MetricEvaluation;
      const lines = METRIC_RULES.flatMap((candidate) => {
        const report = candidate.check(evaluation);
        return report ? [`${candidate.meta.id} ${report.message}`] : [];
      });
      expect(lines).toEqual(example[2].split('\n').filter((line) => line !== ''));
      expect(rule.check(evaluation)).toBeDefined();
    });
  });

  it('passes a Successful measurement, and reports an Inconclusive one as undecided with both conditions', () => {
    expect(METRIC_RULES.map((rule) => rule.check({ ...measured, phase: 'Successful' }))).toEqual([undefined, undefined]);
    expect(canaryMetricFailed.check({ ...measured, phase: 'Inconclusive' })).toBeUndefined();
    expect(canaryMetricUndecided.check({ ...measured, phase: 'Inconclusive' })?.message).toBe(
      "Metric 'error-rate' of template 'error-rate' (step 2 analysis of shop/checkout) is Inconclusive: [0.03] against successCondition 'result[0] < 0.02' and failureCondition 'result[0] > 0.05'; query: vector(0.03)",
    );
  });
});
