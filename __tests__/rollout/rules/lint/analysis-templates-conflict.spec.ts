import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'analysis-templates-conflict';

const template = (name: string, metric: string, args = '[]') =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: AnalysisTemplate', `metadata: {name: ${name}}`, 'spec:', `  args: ${args}`, `  metrics: [{name: ${metric}, provider: {web: {url: http://x}}}]`);
const rollout = (templates: string) =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', `      analysis: {templates: ${templates}}`);

// Cases from the controller's template merging (metrics flattened, args flattened), in our own words.
describe(RULE, () => {
  it('stays quiet on templates with distinct metrics and agreeing args, and on one template', () => {
    expect(lintSnippet({ 'r.yaml': rollout('[{templateName: a}, {templateName: b}]'), 'a.yaml': template('a', 'errors', '[{name: svc, value: web}]'), 'b.yaml': template('b', 'latency', '[{name: svc, value: web}, {name: x}]') }, RULE)).toEqual([]);
    expect(lintSnippet({ 'r.yaml': rollout('[{templateName: a}]'), 'a.yaml': template('a', 'errors') }, RULE)).toEqual([]);
  });

  it('reports a metric name in two templates, and an arg with two values', () => {
    expect(lintSnippet({ 'r.yaml': rollout('[{templateName: a}, {templateName: b}]'), 'a.yaml': template('a', 'errors', '[{name: svc, value: web}]'), 'b.yaml': template('b', 'errors', '[{name: svc, value: api}]') }, RULE)).toEqual([
      "r.yaml:7:50 analysis-templates-conflict spec.strategy.canary.analysis merges templates 'a' and 'b', which both define metric 'errors'; the controller refuses two metrics with one name in a run.",
      "r.yaml:7:50 analysis-templates-conflict spec.strategy.canary.analysis merges templates 'a' and 'b', which give arg 'svc' the values 'web' and 'api'; the controller refuses one arg with two values.",
    ]);
  });
});
