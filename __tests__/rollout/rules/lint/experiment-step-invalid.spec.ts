import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'experiment-step-invalid';

const rollout = (...steps: string[]) =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', '      steps:', ...steps.map((line) => `        ${line}`));

// Cases from the controller's experiment handling (specRef canary or stable; template names present and unique), in our own words.
describe(RULE, () => {
  it('stays quiet on canary and stable templates with unique names, and on the same name in two steps', () => {
    expect(lintSnippet({ 'r.yaml': rollout('- experiment: {templates: [{name: a, specRef: canary}, {name: b, specRef: stable}]}', '- experiment: {templates: [{name: a, specRef: canary}]}') }, RULE)).toEqual([]);
  });

  it('reports another specRef, a missing name and a repeated name', () => {
    expect(lintSnippet({ 'r.yaml': rollout('- experiment: {templates: [{name: a, specRef: preview}, {specRef: canary}, {name: a, specRef: stable}]}') }, RULE)).toEqual([
      "r.yaml:8:46 experiment-step-invalid spec.strategy.canary.steps[0].experiment.templates[0].specRef is \"preview\"; the controller builds experiment templates only from 'canary' or 'stable'.",
      'r.yaml:8:65 experiment-step-invalid spec.strategy.canary.steps[0].experiment.templates[1] has no name; the Experiment is refused as InvalidSpec.',
      "r.yaml:8:85 experiment-step-invalid spec.strategy.canary.steps[0].experiment.templates[2].name is 'a', which an earlier template of the step uses; the Experiment is refused as InvalidSpec.",
    ]);
  });
});
