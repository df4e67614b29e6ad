import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'indefinite-pause';

describe(RULE, () => {
  it('reports pause: {} and a bare pause:, not a pause with a duration', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:', //          5
      '    canary:',
      '      steps:',
      '        - pause: {}',
      '        - pause: {duration: 30s}',
      '        - pause:', //      10
      '        - pause: {duration: 0}',
    );
    const message = "has no duration: the rollout stays Paused until someone runs 'kubectl argo rollouts promote', so a CI gate waits until its timeout.";
    expect(lintSnippet({ 'web.yaml': text }, RULE)).toEqual([
      `web.yaml:8:11 indefinite-pause spec.strategy.canary.steps[0].pause ${message}`,
      `web.yaml:10:11 indefinite-pause spec.strategy.canary.steps[2].pause ${message}`,
    ]);
  });
});
