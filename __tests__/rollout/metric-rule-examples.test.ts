import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { rulesOf } from '../../src/core/rules/registry.js';
import type { MetricEvaluation } from '../../src/rollout/metrics/evaluate-template-metrics.js';
import { METRIC_RULES } from '../../src/rollout/meta.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe.each(Object.keys(METRIC_RULES))('%s', (id) => {
  it('reports exactly what its docs example says, and the other metric rule stays silent on it', () => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');
    const example = /```yaml measurement\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
    if (!example) throw new Error('no example block');
    const evaluation = parse(example[1]) as MetricEvaluation;
    const lines = rulesOf(METRIC_RULES).flatMap((rule) => {
      const report = rule.check(evaluation);
      return report ? [`${rule.meta.id} ${report.message}`] : [];
    });
    expect(lines).toEqual(example[2].split('\n').filter((line) => line !== ''));
    expect(lines.map((line) => line.split(' ')[0])).toContain(id);
  });
});
