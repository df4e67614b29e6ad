import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'invalid-pause-duration';

describe(RULE, () => {
  it('reports negative, unit-less text and unknown units, beside seconds and Go durations that pass', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  strategy:', //                       5
      '    canary:',
      '      steps:',
      '        - pause: {duration: 30}',
      "        - pause: {duration: '45'}",
      '        - pause: {duration: 1h30m}', // 10
      '        - pause: {duration: -10}',
      '        - pause: {duration: 10 minutes}',
      '        - pause: {duration: 2d}',
    );
    const expected = 'expected a whole number of seconds (30) or a duration such as 30s, 10m or 1h.';
    expect(lintSnippet({ 'web.yaml': text }, RULE)).toEqual([
      `web.yaml:11:19 invalid-pause-duration spec.strategy.canary.steps[3].pause.duration is -10; ${expected}`,
      `web.yaml:12:19 invalid-pause-duration spec.strategy.canary.steps[4].pause.duration is "10 minutes"; ${expected}`,
      `web.yaml:13:19 invalid-pause-duration spec.strategy.canary.steps[5].pause.duration is "2d"; ${expected}`,
    ]);
  });
});
