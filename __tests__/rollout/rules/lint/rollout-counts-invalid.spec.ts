import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'rollout-counts-invalid';
const lint = (...spec: string[]) => lintSnippet({ 'r.yaml': yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', ...spec) }, RULE).map((line) => line.replace(/^r\.yaml:/, ''));

// Cases from the controller's Rollout spec tests (progressDeadlineSeconds against minReadySeconds, non-negative counts), in our own words.
describe(RULE, () => {
  it('stays quiet on the defaults and on a deadline above minReadySeconds', () => {
    expect(lint('  replicas: 0')).toEqual([]);
    expect(lint('  minReadySeconds: 30', '  progressDeadlineSeconds: 31')).toEqual([]);
  });

  it('reports negative counts, and a deadline not above minReadySeconds (the default deadline too)', () => {
    expect(lint('  replicas: -1', '  revisionHistoryLimit: -2')).toEqual(['5:3 rollout-counts-invalid spec.replicas is -1; it cannot be negative.', '6:3 rollout-counts-invalid spec.revisionHistoryLimit is -2; it cannot be negative.']);
    expect(lint('  minReadySeconds: 30', '  progressDeadlineSeconds: 30')).toEqual([
      '6:3 rollout-counts-invalid spec.progressDeadlineSeconds is 30, not above spec.minReadySeconds (30): no pod could become available before the deadline.',
    ]);
    expect(lint('  minReadySeconds: 600')).toEqual([
      '5:3 rollout-counts-invalid spec.progressDeadlineSeconds is 600 (the default), not above spec.minReadySeconds (600): no pod could become available before the deadline.',
    ]);
  });
});
