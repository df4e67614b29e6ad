import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'ambassador-mapping-invalid';

const rollout = (ambassador: string) =>
  yaml(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    'metadata: {name: myapp, namespace: default}',
    'spec:',
    '  template: {metadata: {labels: {app: myapp}}}',
    '  strategy:',
    `    canary: {canaryService: myapp-canary, stableService: myapp, trafficRouting: {ambassador: ${ambassador}}}`,
  );
const mapping = (name: string, extra = '') => yaml('apiVersion: getambassador.io/v2', 'kind: Mapping', `metadata: {name: ${name}, namespace: default}`, `spec: {prefix: /myapp/, rewrite: /myapp/, service: "myapp:8080"${extra}}`);

// Cases from the controller's Ambassador validation tests (a base Mapping with and without weight) and its lookup of the named Mappings, in our own words.
describe(RULE, () => {
  it.each([
    ['a base Mapping that sets weight 20', mapping('myapp-mapping', ', weight: 20'), [
      "r.yaml:7:106 ambassador-mapping-invalid Ambassador Mapping 'myapp-mapping' (m.yaml) sets spec.weight: 20; the controller refuses a Mapping that sets its own weight, since it weights the canary with a Mapping of its own.",
    ]],
    ['a base Mapping without weight', mapping('myapp-mapping'), []],
    ['a base Mapping with weight 0, which the controller reads as none', mapping('myapp-mapping', ', weight: 0'), []],
    ['a weighted Mapping of another name (the canary Mapping the controller writes)', `${mapping('myapp-mapping')}---\n${mapping('myapp-mapping-canary', ', weight: 10')}`, []],
  ])('%s', (_case, mappings, expected) => {
    expect(lintSnippet({ 'r.yaml': rollout('{mappings: [myapp-mapping]}'), 'm.yaml': mappings }, RULE)).toEqual(expected);
  });

  it('reports Ambassador routing that names no Mapping, as the controller does before looking any up', () => {
    expect(lintSnippet({ 'r.yaml': rollout('{mappings: []}') }, RULE)).toEqual([
      'r.yaml:7:82 ambassador-mapping-invalid spec.strategy.canary.trafficRouting.ambassador names no Mapping; the controller needs at least one in mappings to route the canary.',
    ]);
  });
});
