import { lintSnippet, yaml } from '../../../helpers/lint-manifest-snippet.js';

const RULE = 'metric-rule-invalid';

const template = (...lines: string[]) =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: AnalysisTemplate', 'metadata: {name: checks}', 'spec:', '  metrics:', '    - {name: total-errors, provider: {web: {url: http://x}}}', '    - {name: latency, provider: {web: {url: http://x}}}', ...lines);
const rollout = (analysis: string) =>
  yaml('apiVersion: argoproj.io/v1alpha1', 'kind: Rollout', 'metadata: {name: web}', 'spec:', '  strategy:', '    canary:', '      steps:', `        - analysis: ${analysis}`);

// Cases from the controller's dry-run and measurement-retention handling (rules are unanchored regular expressions;
// a repeated rule is refused; a rule matching no metric fails the run), in our own words.
describe(RULE, () => {
  it('stays quiet on rules that match, unanchored, and on a Rollout whose template is not among the files', () => {
    expect(lintSnippet({ 't.yaml': template('  dryRun: [{metricName: total}, {metricName: .*}]', '  measurementRetention: [{metricName: latency, limit: 5}]') }, RULE)).toEqual([]);
    expect(lintSnippet({ 'r.yaml': rollout('{templates: [{templateName: elsewhere}], dryRun: [{metricName: anything}]}') }, RULE)).toEqual([]);
  });

  it("reports a repeated rule, '*', and a rule matching no metric of the template", () => {
    expect(lintSnippet({ 't.yaml': template("  dryRun: [{metricName: latency}, {metricName: latency}, {metricName: '*'}]", '  measurementRetention: [{metricName: throughput, limit: 5}]') }, RULE)).toEqual([
      "t.yaml:8:36 metric-rule-invalid spec.dryRun[1].metricName is 'latency', which an earlier dryRun rule already names; the controller refuses two dryRun rules for one metric name.",
      "t.yaml:8:59 metric-rule-invalid spec.dryRun[2].metricName is '*', which is not a regular expression: it matches no metric, and the AnalysisRun of AnalysisTemplate 'checks' ends in Error.",
      "t.yaml:9:27 metric-rule-invalid spec.measurementRetention[0].metricName is 'throughput', which matches no metric of AnalysisTemplate 'checks' (total-errors, latency): the AnalysisRun ends in Error.",
    ]);
  });

  it("reports a Rollout step's rule matching no metric of the templates it names", () => {
    expect(lintSnippet({ 'r.yaml': rollout('{templates: [{templateName: checks}], dryRun: [{metricName: ^errors$}]}'), 't.yaml': template() }, RULE)).toEqual([
      "r.yaml:8:69 metric-rule-invalid spec.strategy.canary.steps[0].analysis.dryRun[0].metricName is '^errors$', which matches no metric of the analysis at spec.strategy.canary.steps[0].analysis (total-errors, latency): the AnalysisRun ends in Error.",
    ]);
  });
});
