import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'set-weight-out-of-range';

describe(RULE, () => {
  it('reports weights above 100, below 0 or not whole, beside weights at the bounds', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:', //        5
      '    canary:',
      '      steps:',
      '        - setWeight: 0',
      '        - setWeight: 100',
      '        - setWeight: 101', // 10
      '        - setWeight: -5',
      "        - setWeight: '50'",
      '        - setWeight: 12.5',
    );
    expect(lintSnippet({ 'web.yaml': text }, RULE)).toEqual([
      'web.yaml:10:11 set-weight-out-of-range spec.strategy.canary.steps[2].setWeight is 101; expected a whole number from 0 to 100 (the controller rejects the Rollout as InvalidSpec).',
      'web.yaml:11:11 set-weight-out-of-range spec.strategy.canary.steps[3].setWeight is -5; expected a whole number from 0 to 100 (the controller rejects the Rollout as InvalidSpec).',
      'web.yaml:12:11 set-weight-out-of-range spec.strategy.canary.steps[4].setWeight is "50"; expected a whole number from 0 to 100 (the controller rejects the Rollout as InvalidSpec).',
      'web.yaml:13:11 set-weight-out-of-range spec.strategy.canary.steps[5].setWeight is 12.5; expected a whole number from 0 to 100 (the controller rejects the Rollout as InvalidSpec).',
    ]);
  });

  it('checks against trafficRouting.maxTrafficWeight when it is set', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:',
      '    canary:',
      '      trafficRouting: {maxTrafficWeight: 1000, nginx: {stableIngress: web}}',
      '      steps: [{setWeight: 500}, {setWeight: 1001}]',
    );
    expect(lintSnippet({ 'web.yaml': text }, RULE)).toEqual([
      'web.yaml:8:34 set-weight-out-of-range spec.strategy.canary.steps[1].setWeight is 1001; expected a whole number from 0 to 1000 (the controller rejects the Rollout as InvalidSpec).',
    ]);
  });
});
