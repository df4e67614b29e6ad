import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'progress-deadline-no-abort';

describe(RULE, () => {
  it('reports an unset flag at spec and a false one at the flag; true passes', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: unset}',
      'spec:',
      '  replicas: 2', //                  5
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: off}',
      'spec:', //                          10
      '  progressDeadlineAbort: false',
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: on}', //           15
      'spec:',
      '  progressDeadlineAbort: true',
    );
    expect(lintSnippet({ 'r.yaml': text }, RULE)).toEqual([
      "r.yaml:4:1 progress-deadline-no-abort Rollout 'unset': spec.progressDeadlineAbort is unset (false): when the progress deadline passes the Rollout is only marked Degraded and the canary keeps its traffic.",
      "r.yaml:11:3 progress-deadline-no-abort Rollout 'off': spec.progressDeadlineAbort is false: when the progress deadline passes the Rollout is only marked Degraded and the canary keeps its traffic.",
    ]);
  });
});
