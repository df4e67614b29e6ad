import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'max-surge-unavailable-zero';
const rollout = (...canary: string[]) => yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', ...canary.map((line) => `      ${line}`));

// Cases from the controller's surge/unavailable tests, in our own words.
describe(RULE, () => {
  it.each([
    ['both unset (25% each)', []],
    ['maxSurge 0, maxUnavailable unset', ['maxSurge: 0']],
    ['maxSurge 0, maxUnavailable 1', ['maxSurge: 0', 'maxUnavailable: 1']],
    ['maxSurge "10%", maxUnavailable 0', ['maxSurge: "10%"', 'maxUnavailable: 0']],
  ])('stays quiet with %s', (_, lines) => {
    expect(lintSnippet({ 'r.yaml': rollout(...lines) }, RULE)).toEqual([]);
  });

  it.each([
    ['numbers', ['maxSurge: 0', 'maxUnavailable: 0']],
    ['percentages', ['maxSurge: "0%"', 'maxUnavailable: "0%"']],
  ])('reports both zero as %s', (_, lines) => {
    expect(lintSnippet({ 'r.yaml': rollout(...lines) }, RULE)).toEqual([
      'r.yaml:7:7 max-surge-unavailable-zero spec.strategy.canary.maxSurge and maxUnavailable are both 0: no pod may be added and none removed, so the controller refuses the spec.',
    ]);
  });
});
