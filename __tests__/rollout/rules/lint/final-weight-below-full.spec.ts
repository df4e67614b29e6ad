import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'final-weight-below-full';

function rollout(name: string, steps: string): string {
  return yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', `metadata: {name: ${name}}`, 'spec:', '  strategy:', '    canary:', `      steps: ${steps}`);
}

describe(RULE, () => {
  it('reports the last setWeight below 100 even when a pause follows it, and passes one ending at 100', () => {
    expect(lintSnippet({ 'low.yaml': rollout('low', '[{setWeight: 20}, {setWeight: 75}, {pause: {duration: 1m}}]'), 'full.yaml': rollout('full', '[{setWeight: 20}, {setWeight: 100}]') }, RULE)).toEqual([
      'low.yaml:7:33 final-weight-below-full The last setWeight, spec.strategy.canary.steps[1].setWeight, is 75: after the last step the canary jumps to 100% with no pause or analysis at full weight.',
    ]);
  });

  it('says nothing for steps without any setWeight', () => {
    expect(lintSnippet({ 'pause.yaml': rollout('pause', '[{pause: {duration: 1m}}]') }, RULE)).toEqual([]);
  });
});
