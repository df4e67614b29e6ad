import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'invalid-step';
const KINDS = 'setWeight, pause, experiment, analysis, setCanaryScale, setHeaderRoute, setMirrorRoute, plugin';

describe(RULE, () => {
  it('reports a step with two kinds and one with none, beside steps with exactly one', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:', //                       5
      '    canary:',
      '      steps:',
      '        - setWeight: 20',
      '          pause: {duration: 1m}',
      '        - setWeight: 50', //           10
      '        - {}',
      '        - pause: {duration: 1m}',
    );
    expect(lintSnippet({ 'web.yaml': text }, RULE)).toEqual([
      `web.yaml:8:11 invalid-step spec.strategy.canary.steps[0] sets setWeight and pause; a step must set exactly one of ${KINDS}.`,
      `web.yaml:11:11 invalid-step spec.strategy.canary.steps[2] sets none of them; a step must set exactly one of ${KINDS}.`,
    ]);
  });
});
