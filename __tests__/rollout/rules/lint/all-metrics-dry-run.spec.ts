import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'all-metrics-dry-run';

function template(name: string, dryRun: string): string {
  return yaml(
    'apiVersion: argoproj.io/v1alpha1',
    'kind: AnalysisTemplate',
    `metadata: {name: ${name}}`,
    'spec:',
    '  metrics:',
    '    - {name: errors, provider: {web: {url: http://x}}}',
    '    - {name: latency, provider: {web: {url: http://x}}}',
    `  dryRun: ${dryRun}`,
  );
}

describe(RULE, () => {
  it("reports '.*' and a list naming every metric, not a list that leaves one metric gating, nor '*' (no regular expression)", () => {
    const files = {
      'star.yaml': template('star', "[{metricName: '.*'}]"),
      'bad.yaml': template('bad', "[{metricName: '*'}]"),
      'each.yaml': template('each', '[{metricName: errors}, {metricName: latency}]'),
      'some.yaml': template('some', '[{metricName: latency}]'),
    };
    expect(lintSnippet(files, RULE)).toEqual([
      "each.yaml:8:3 all-metrics-dry-run spec.dryRun of AnalysisTemplate 'each' covers every metric (errors, latency): dry-run metrics never affect the run, so this analysis can never fail a rollout.",
      "star.yaml:8:3 all-metrics-dry-run spec.dryRun of AnalysisTemplate 'star' covers '.*', which matches every metric (errors, latency): dry-run metrics never affect the run, so this analysis can never fail a rollout.",
    ]);
  });
});
