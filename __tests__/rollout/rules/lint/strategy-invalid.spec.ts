import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'strategy-invalid';
const rollout = (...spec: string[]) => yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  template: {metadata: {labels: {app: web}}}', ...spec);
const lint = (...spec: string[]) => lintSnippet({ 'r.yaml': rollout(...spec) }, RULE).map((line) => line.replace(/^r\.yaml:/, ''));

// Cases from the controller's strategy, blue-green and anti-affinity tests, in our own words.
describe(RULE, () => {
  it.each([
    ['a canary', ['  strategy: {canary: {steps: [{setWeight: 10}]}}']],
    ['a blue-green with two Services', ['  strategy: {blueGreen: {activeService: a, previewService: p}}']],
    ['a blue-green with only an active Service', ['  strategy: {blueGreen: {activeService: a}}']],
    ['a scale-down limit within the history', ['  revisionHistoryLimit: 3', '  strategy: {blueGreen: {activeService: a, scaleDownDelayRevisionLimit: 3}}']],
    ['a preferred anti-affinity of weight 100', ['  strategy: {canary: {antiAffinity: {preferredDuringSchedulingIgnoredDuringExecution: {weight: 100}}}}']],
  ])('stays quiet on %s', (_, spec) => {
    expect(lint(...spec)).toEqual([]);
  });

  it('reports no strategy (not on a strategy-less patch), and two strategies', () => {
    expect(lint()).toEqual(["4:1 strategy-invalid Rollout 'web' sets neither spec.strategy.canary nor spec.strategy.blueGreen; the controller needs one."]);
    expect(lintSnippet({ 'p.yaml': yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec: {replicas: 3}') }, RULE)).toEqual([]);
    expect(lint('  strategy: {canary: {}, blueGreen: {activeService: a}}')).toEqual(['6:3 strategy-invalid spec.strategy sets both canary and blueGreen; a Rollout has one strategy.']);
  });

  it('reports blue-green Services missing or equal, and a scale-down limit above the history kept', () => {
    expect(lint('  strategy: {blueGreen: {previewService: ""}}')).toEqual(['6:14 strategy-invalid spec.strategy.blueGreen has no activeService; blue-green needs the Service that serves production traffic.']);
    expect(lint('  strategy: {blueGreen: {activeService: web, previewService: web, scaleDownDelayRevisionLimit: 11}}')).toEqual([
      "6:26 strategy-invalid spec.strategy.blueGreen.activeService and previewService are both 'web'; they must be two Services.",
      '6:67 strategy-invalid spec.strategy.blueGreen.scaleDownDelayRevisionLimit is 11, above the 10 revisions spec.revisionHistoryLimit keeps (the default).',
    ]);
  });

  it('reports an anti-affinity with both kinds, and a preferred weight out of range', () => {
    expect(lint('  strategy: {canary: {antiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {}, preferredDuringSchedulingIgnoredDuringExecution: {weight: 0}}}}')).toEqual([
      '6:23 strategy-invalid spec.strategy.canary.antiAffinity sets both of preferredDuringSchedulingIgnoredDuringExecution and requiredDuringSchedulingIgnoredDuringExecution; it takes exactly one.',
      '6:140 strategy-invalid spec.strategy.canary.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution.weight is 0; it must be 1 to 100.',
    ]);
  });
});
