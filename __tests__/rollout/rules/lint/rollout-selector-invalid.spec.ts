import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'rollout-selector-invalid';
const rollout = (...spec: string[]) => yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', ...spec);
const lint = (...spec: string[]) => lintSnippet({ 'r.yaml': rollout(...spec) }, RULE);

// Cases from the controller's Rollout spec tests (missing selector, empty selector, workload reference), in our own words.
describe(RULE, () => {
  it.each([
    ['a selector its template carries', ['spec:', '  selector: {matchLabels: {app: web}}', '  template: {metadata: {labels: {app: web, tier: a}}}']],
    ['a workloadRef without template or selector', ['spec:', '  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}']],
    ['a strategy-only patch (no template)', ['spec:', '  strategy: {canary: {steps: [{setWeight: 10}]}}']],
    ['matchExpressions only', ['spec:', '  selector: {matchExpressions: [{key: app, operator: In, values: [web]}]}', '  template: {metadata: {labels: {app: web}}}']],
  ])('stays quiet on %s', (_, spec) => {
    expect(lint(...spec)).toEqual([]);
  });

  it('reports a missing selector, an empty one, and matchLabels the template lacks', () => {
    expect(lint()).toEqual(["r.yaml:1:1 rollout-selector-invalid Rollout 'web' has no spec.selector; without workloadRef the controller needs one to own its pods."]);
    expect(lint('spec:', '  template: {metadata: {labels: {app: web}}}')).toEqual(["r.yaml:4:1 rollout-selector-invalid Rollout 'web' has no spec.selector; without workloadRef the controller needs one to own its pods."]);
    expect(lint('spec:', '  selector: {}', '  template: {metadata: {labels: {app: web}}}')).toEqual(['r.yaml:5:3 rollout-selector-invalid spec.selector is empty; the controller refuses a selector that would match every pod.']);
    expect(lint('spec:', '  selector: {matchLabels: {app: web, tier: a}}', '  template: {metadata: {labels: {app: api}}}')).toEqual([
      'r.yaml:5:28 rollout-selector-invalid spec.selector.matchLabels.app is web, but spec.template.metadata.labels has app: api: the selector must match the template\'s labels.',
      'r.yaml:5:38 rollout-selector-invalid spec.selector.matchLabels.tier is a, but spec.template.metadata.labels has no tier: the selector must match the template\'s labels.',
    ]);
  });

  it('reports a template beside workloadRef', () => {
    expect(lint('spec:', '  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: web}', '  template: {metadata: {labels: {app: web}}}')).toEqual([
      'r.yaml:6:3 rollout-selector-invalid spec.template is set beside spec.workloadRef; a Rollout that takes its pods from a workload must leave its template empty.',
    ]);
  });
  // Cases from Kubernetes' label selector tests that ValidateRolloutSpec runs (operators, values, label syntax) and its selector-matches-template check.
  it.each([
    ['In without values', '{matchExpressions: [{key: app, operator: In, values: []}]}', "r.yaml:5:33 rollout-selector-invalid spec.selector is malformed: the operator In needs values; the controller refuses the Rollout."],
    ['Exists with values', '{matchExpressions: [{key: app, operator: Exists, values: [web]}]}', "r.yaml:5:33 rollout-selector-invalid spec.selector is malformed: the operator Exists takes no values; the controller refuses the Rollout."],
    ['an unknown operator', '{matchExpressions: [{key: app, operator: Equals, values: [web]}]}', "r.yaml:5:33 rollout-selector-invalid spec.selector is malformed: the operator 'Equals' is none of In, NotIn, Exists, DoesNotExist; the controller refuses the Rollout."],
    ['a label key with two slashes', '{matchLabels: {example.com/a/b: web}}', "r.yaml:5:28 rollout-selector-invalid spec.selector is malformed: the label key 'example.com/a/b' is not a valid label key; the controller refuses the Rollout."],
    ['a label value with a space', '{matchLabels: {app: "my web"}}', "r.yaml:5:28 rollout-selector-invalid spec.selector is malformed: the label value 'my web' is not a valid label value; the controller refuses the Rollout."],
    ['an In expression the template fails', '{matchExpressions: [{key: app, operator: In, values: [api, worker]}]}', "r.yaml:5:33 rollout-selector-invalid spec.selector requires app In (api, worker), which spec.template.metadata.labels do not meet: the selector must match the template's labels."],
    ['a DoesNotExist expression the template fails', '{matchLabels: {app: web}, matchExpressions: [{key: tier, operator: DoesNotExist}]}', "r.yaml:5:58 rollout-selector-invalid spec.selector requires tier DoesNotExist, which spec.template.metadata.labels do not meet: the selector must match the template's labels."],
  ])('reports a selector with %s', (_, selector, expected) => {
    expect(lint('spec:', `  selector: ${selector}`, '  template: {metadata: {labels: {app: web, tier: front}}}')).toEqual([expected]);
  });

  it.each([
    ['NotIn of other values', '{matchExpressions: [{key: app, operator: NotIn, values: [api]}]}'],
    ['Exists, and DoesNotExist of an absent label', '{matchExpressions: [{key: app, operator: Exists}, {key: canary, operator: DoesNotExist}]}'],
    ['a prefixed key and a numeric value', '{matchLabels: {app.kubernetes.io/name: web, version: 2}}'],
  ])('stays quiet on a selector with %s that the template matches', (_, selector) => {
    expect(lint('spec:', `  selector: ${selector}`, '  template: {metadata: {labels: {app: web, app.kubernetes.io/name: web, version: "2"}}}')).toEqual([]);
  });
});
