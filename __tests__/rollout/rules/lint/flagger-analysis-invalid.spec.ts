import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'flagger-analysis-invalid';
const canary = (...analysis: string[]) =>
  yaml('apiVersion: flagger.app/v1beta1', 'kind: Canary', 'metadata: {name: podinfo}', 'spec:', '  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}', '  analysis:', ...analysis.map((line) => `    ${line}`));
const lint = (...analysis: string[]) => lintSnippet({ 'c.yaml': canary(...analysis) }, RULE).map((line) => line.replace(/^c\.yaml:/, ''));

// Cases from how Flagger's Canary reads its analysis (interval parsing and floor, threshold and A/B iterations defaults), in our own words.
describe(RULE, () => {
  it('stays quiet on a progressive analysis and an A/B test as written', () => {
    expect(lint('interval: 1m', 'threshold: 5', 'maxWeight: 50', 'stepWeight: 10')).toEqual([]);
    expect(lint('interval: 30s', 'threshold: 2', 'iterations: 10', 'match: [{headers: {x-canary: {exact: insider}}}]')).toEqual([]);
  });

  it('reports an interval Go cannot parse, one under 10s, a threshold under 1 and an A/B test without iterations', () => {
    expect(lint('interval: 1 minute', 'threshold: 0', 'match: [{headers: {x-canary: {exact: insider}}}]')).toEqual([
      '7:5 flagger-analysis-invalid spec.analysis.interval is "1 minute", not a Go duration: Flagger runs the analysis every 1m instead.',
      '8:5 flagger-analysis-invalid spec.analysis.threshold is 0: Flagger rolls back after 1 failed check instead.',
      '9:5 flagger-analysis-invalid spec.analysis is an A/B test (match) without iterations of 1 or more: Flagger runs 10 iterations.',
    ]);
    expect(lint('interval: 5s')).toEqual(['7:5 flagger-analysis-invalid spec.analysis.interval is 5s: Flagger never runs the analysis more often than every 10s.']);
  });
});
