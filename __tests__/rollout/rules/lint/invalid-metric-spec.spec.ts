import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'invalid-metric-spec';

function template(...metrics: string[]): string {
  return yaml('apiVersion: argoproj.io/v1alpha1', 'kind: AnalysisTemplate', 'metadata: {name: checks}', 'spec:', '  metrics:', ...metrics);
}

describe(RULE, () => {
  it('passes a valid metric and one whose limits are {{args}} placeholders', () => {
    const text = template(
      '    - {name: ok, interval: 1m, initialDelay: 30s, count: 5, failureLimit: 2, provider: {web: {url: http://x}}}',
      "    - {name: templated, interval: '{{args.every}}', count: '{{args.count}}', provider: {web: {url: http://x}}}",
    );
    expect(lintSnippet({ 't.yaml': text }, RULE)).toEqual([]);
  });

  it('reports providers, durations, count without interval and duplicate names at their fields', () => {
    const text = template(
      '    - {name: none, provider: {}}', //                                                             6
      '    - {name: two, provider: {web: {url: http://x}, job: {spec: {}}}}',
      '    - {name: slow, interval: 5 minutes, initialDelay: 10, provider: {web: {url: http://x}}}',
      '    - {name: burst, count: 3, provider: {web: {url: http://x}}}',
      '    - {name: none, count: 1, provider: {web: {url: http://x}}}', //                               10
    );
    expect(lintSnippet({ 't.yaml': text }, RULE)).toEqual([
      "t.yaml:6:20 invalid-metric-spec Metric 'none': spec.metrics[0].provider names no provider.",
      "t.yaml:7:19 invalid-metric-spec Metric 'two': spec.metrics[1].provider names several providers (web, job).",
      't.yaml:8:20 invalid-metric-spec Metric \'slow\': spec.metrics[2].interval is "5 minutes"; expected a duration such as 30s, 5m or 1h.',
      "t.yaml:8:41 invalid-metric-spec Metric 'slow': spec.metrics[2].initialDelay is 10; expected a duration such as 30s, 5m or 1h.",
      "t.yaml:9:21 invalid-metric-spec Metric 'burst': spec.metrics[3].count is 3 without an interval; several measurements need an interval between them.",
      "t.yaml:10:8 invalid-metric-spec spec.metrics[4].name is 'none', which an earlier metric already uses; metric names must be unique.",
    ]);
  });

  it('reports limits that contradict each other or the count', () => {
    const text = template(
      '    - {name: below, interval: 1m, count: 2, failureLimit: -2, provider: {web: {url: http://x}}}', // 6
      '    - {name: never, interval: 1m, count: 5, failureLimit: -1, provider: {web: {url: http://x}}}',
      '    - {name: short, interval: 1m, count: 2, failureLimit: 2, consecutiveSuccessLimit: 1, provider: {web: {url: http://x}}}',
      '    - {name: undecided, interval: 1m, count: 2, inconclusiveLimit: 3, provider: {web: {url: http://x}}}',
      '    - {name: negative, inconclusiveLimit: -1, provider: {web: {url: http://x}}}', //                10
    );
    expect(lintSnippet({ 't.yaml': text }, RULE)).toEqual([
      "t.yaml:6:45 invalid-metric-spec Metric 'below': spec.metrics[0].failureLimit is -2; expected -1 (never fail) or a number ≥ 0.",
      "t.yaml:7:45 invalid-metric-spec Metric 'never': spec.metrics[1].failureLimit is -1 and consecutiveSuccessLimit is unset or 0: the metric can neither fail nor succeed early.",
      "t.yaml:8:35 invalid-metric-spec Metric 'short': spec.metrics[2].count is 2, below failureLimit (2) + consecutiveSuccessLimit (1): the limits cannot be reached within count.",
      "t.yaml:9:49 invalid-metric-spec Metric 'undecided': spec.metrics[3].inconclusiveLimit is 3, more than count (2): it can never be exceeded.",
      "t.yaml:10:24 invalid-metric-spec Metric 'negative': spec.metrics[4].inconclusiveLimit is -1; expected a number ≥ 0.",
    ]);
  });

  // From the controller's metric validation cases: negative success and error limits, failing turned off, plugins.
  it('reports negative consecutive limits, a count below consecutiveSuccessLimit with failing off, and two plugins', () => {
    const text = template(
      '    - {name: csl, consecutiveSuccessLimit: -1, provider: {web: {url: http://x}}}', //                        6
      '    - {name: cel, consecutiveErrorLimit: -1, provider: {web: {url: http://x}}}',
      '    - {name: off, interval: 1m, count: 2, failureLimit: -1, consecutiveSuccessLimit: 3, provider: {web: {url: http://x}}}',
      '    - {name: plugins, provider: {plugin: {acme/a: {}, acme/b: {}}}}',
    );
    expect(lintSnippet({ 't.yaml': text }, RULE)).toEqual([
      "t.yaml:6:19 invalid-metric-spec Metric 'csl': spec.metrics[0].consecutiveSuccessLimit is -1; expected a number ≥ 0.",
      "t.yaml:7:19 invalid-metric-spec Metric 'cel': spec.metrics[1].consecutiveErrorLimit is -1; expected a number ≥ 0.",
      "t.yaml:8:33 invalid-metric-spec Metric 'off': spec.metrics[2].count is 2, below consecutiveSuccessLimit (3) with failureLimit -1: the metric can never succeed.",
      "t.yaml:9:23 invalid-metric-spec Metric 'plugins': spec.metrics[3].provider names several providers (plugin acme/a, plugin acme/b).",
    ]);
  });

  it('passes failing turned off when count covers consecutiveSuccessLimit, and reports an arg with both value and valueFrom', () => {
    const text = yaml(
      'apiVersion: argoproj.io/v1alpha1',
      'kind: AnalysisTemplate',
      'metadata: {name: checks}',
      'spec:',
      '  args:',
      '    - {name: service, value: web, valueFrom: {secretKeyRef: {name: s, key: k}}}', // 6
      '  metrics:',
      '    - {name: off, interval: 1m, count: 3, failureLimit: -1, consecutiveSuccessLimit: 3, provider: {web: {url: http://x}}}',
    );
    expect(lintSnippet({ 't.yaml': text }, RULE)).toEqual([
      "t.yaml:6:35 invalid-metric-spec spec.args[0] ('service') sets both value and valueFrom; an arg takes one of them.",
    ]);
  });

  it('reports a template without metrics', () => {
    const text = yaml('apiVersion: argoproj.io/v1alpha1', 'kind: AnalysisTemplate', 'metadata: {name: empty}', 'spec:', '  args: [{name: x}]');
    expect(lintSnippet({ 'empty.yaml': text }, RULE)).toEqual([
      "empty.yaml:4:1 invalid-metric-spec AnalysisTemplate 'empty' has no spec.metrics; a template needs at least one metric.",
    ]);
  });
});
