import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'analysis-arg-field-ref-invalid';

const rollout = (...steps: string[]) =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', '      steps:', ...steps.map((line) => `        ${line}`));
const fieldRef = (path: string) => `{name: a, valueFrom: {fieldRef: {fieldPath: "${path}"}}}`;

// Cases from the controller's canary validation of analysis args (a misspelt labels subscript in a step analysis and
// in an experiment's analyses), plus the downward API's readable paths, in our own words.
describe(RULE, () => {
  it.each([
    'metadata.name',
    'metadata.namespace',
    'metadata.uid',
    'metadata.labels',
    "metadata.labels['app']",
    "metadata.labels['app.kubernetes.io/name']",
    "metadata.annotations['Example.com/Owner']",
    'spec.replicas', // read when the run starts, not by the spec validation
    'status.stableRS',
  ])('stays quiet on %s', (path) => {
    expect(lintSnippet({ 'r.yaml': rollout(`- analysis: {templates: [{templateName: t}], args: [${fieldRef(path)}]}`) }, RULE)).toEqual([]);
  });

  it('reports unreadable metadata paths in step analyses and experiment analyses, at the fieldPath', () => {
    const text = rollout(
      `- analysis: {templates: [{templateName: t}], args: [${fieldRef("metadata.label['app']")}]}`, // 8
      `- experiment: {templates: [{name: c, specRef: canary}], analyses: [{name: x, templateName: t, args: [${fieldRef('metadata.generation')}]}]}`,
      `- analysis: {templates: [{templateName: t}], args: [${fieldRef("metadata.labels['-bad-']")}]}`, // 10
    );
    expect(lintSnippet({ 'r.yaml': text }, RULE)).toEqual([
      "r.yaml:8:94 analysis-arg-field-ref-invalid spec.strategy.canary.steps[0].analysis.args[0].valueFrom.fieldRef.fieldPath is 'metadata.label['app']', which the controller cannot read from the Rollout: metadata.label takes no ['key'] subscript; only metadata.labels and metadata.annotations do. The Rollout is refused as InvalidSpec.",
      "r.yaml:9:143 analysis-arg-field-ref-invalid spec.strategy.canary.steps[1].experiment.analyses[0].args[0].valueFrom.fieldRef.fieldPath is 'metadata.generation', which the controller cannot read from the Rollout: it is not one of metadata.name, metadata.namespace, metadata.uid, metadata.labels, metadata.annotations or metadata.labels/annotations['key']. The Rollout is refused as InvalidSpec.",
      "r.yaml:10:94 analysis-arg-field-ref-invalid spec.strategy.canary.steps[2].analysis.args[0].valueFrom.fieldRef.fieldPath is 'metadata.labels['-bad-']', which the controller cannot read from the Rollout: the key '-bad-' is not a qualified name (letters, digits, -, _ and ., at most 63, starting and ending with a letter or digit). The Rollout is refused as InvalidSpec.",
    ]);
  });
});
