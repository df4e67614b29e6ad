import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'set-weight-decreasing';

describe(RULE, () => {
  it('reports a weight below the highest earlier one, naming that step; equal and rising weights pass', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:', //              5
      '    canary:',
      '      steps:',
      '        - setWeight: 10',
      '        - setWeight: 40',
      '        - pause: {duration: 1m}', // 10
      '        - setWeight: 40',
      '        - setWeight: 30',
      '        - setWeight: 35',
      '        - setWeight: 100',
    );
    expect(lintSnippet({ 'web.yaml': text }, RULE)).toEqual([
      'web.yaml:12:11 set-weight-decreasing spec.strategy.canary.steps[4].setWeight is 30, lower than 40 at spec.strategy.canary.steps[1].setWeight: the canary would shrink mid-rollout.',
      'web.yaml:13:11 set-weight-decreasing spec.strategy.canary.steps[5].setWeight is 35, lower than 40 at spec.strategy.canary.steps[1].setWeight: the canary would shrink mid-rollout.',
    ]);
  });
});
