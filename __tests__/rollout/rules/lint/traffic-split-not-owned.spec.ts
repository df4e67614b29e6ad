import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'traffic-split-not-owned';

const rollout = (smi: string, namespace = '') =>
  yaml(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    `metadata: {name: web${namespace}}`,
    'spec:',
    '  strategy:',
    `    canary: {canaryService: web-canary, stableService: web, trafficRouting: {smi: ${smi}}}`,
  );
const split = (name: string, metadata = '') =>
  yaml('apiVersion: split.smi-spec.io/v1alpha1', 'kind: TrafficSplit', `metadata: {name: ${name}${metadata}}`, 'spec: {service: web-root, backends: [{service: web, weight: 100}, {service: web-canary, weight: 0}]}');

// Cases from the SMI reconciler's test of a TrafficSplit the Rollout does not own, and the kubectl plugin's SMI fixtures (a TrafficSplit applied beside the Rollout), in our own words.
describe(RULE, () => {
  it('reports a TrafficSplit of the trafficSplitName applied from the manifests, and one named after the Rollout when the name is unset', () => {
    expect(lintSnippet({ 'r.yaml': rollout('{trafficSplitName: web-split, rootService: web-root}'), 's.yaml': split('web-split') }, RULE)).toEqual([
      "r.yaml:6:84 traffic-split-not-owned SMI TrafficSplit 'web-split' (s.yaml) is applied from the manifests, so Rollout 'web' does not own it; the controller creates and patches this TrafficSplit itself and refuses one it does not own, so every weight change fails.",
    ]);
    expect(lintSnippet({ 'r.yaml': rollout('{rootService: web-root}'), 's.yaml': split('web') }, RULE)).toEqual([
      "r.yaml:6:78 traffic-split-not-owned SMI TrafficSplit 'web' (s.yaml) is applied from the manifests, so Rollout 'web' does not own it; the controller creates and patches this TrafficSplit itself and refuses one it does not own, so every weight change fails.",
    ]);
  });

  it.each([
    ['no TrafficSplit in the files (the controller creates it)', {}],
    ['a TrafficSplit of another name', { 's.yaml': split('web-other') }],
    ['a TrafficSplit of another namespace', { 's.yaml': split('web-split', ', namespace: billing') }],
    ['a TrafficSplit exported with the Rollout as its controlling owner', { 's.yaml': split('web-split', ', ownerReferences: [{apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: web, uid: 1b2c, controller: true}]') }],
  ])('stays quiet on %s', (_case, files) => {
    expect(lintSnippet({ 'r.yaml': rollout('{trafficSplitName: web-split}', ', namespace: shop'), ...files }, RULE)).toEqual([]);
  });
});
