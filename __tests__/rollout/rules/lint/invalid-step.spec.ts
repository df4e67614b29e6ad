import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'invalid-step';
const KINDS = 'setWeight, pause, experiment, analysis, setCanaryScale, setHeaderRoute, setMirrorRoute, plugin';

describe(RULE, () => {
  it('reports a step with two exclusive kinds and one with none, beside valid steps (routing kinds may be combined)', () => {
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
      '        - setCanaryScale: {weight: 25}',
      '          setHeaderRoute: {name: h}',
      '        - setWeight: 10', //           15
      '          setCanaryScale: {replicas: 1}',
      '        - analysis: {templates: [{templateName: t}]}',
      '          experiment: {templates: []}',
    );
    expect(lintSnippet({ 'web.yaml': text }, RULE)).toEqual([
      'web.yaml:8:11 invalid-step spec.strategy.canary.steps[0] sets setWeight and pause; a step may set only one of setWeight, pause, experiment, analysis.',
      `web.yaml:11:11 invalid-step spec.strategy.canary.steps[2] sets none of ${KINDS}; a step needs one action.`,
      'web.yaml:17:11 invalid-step spec.strategy.canary.steps[6] sets experiment and analysis; a step may set only one of setWeight, pause, experiment, analysis.',
    ]);
  });
});
