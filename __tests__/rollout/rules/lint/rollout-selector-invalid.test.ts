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
});
