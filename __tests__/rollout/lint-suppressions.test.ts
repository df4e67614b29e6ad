import { lintManifests } from '../../src/rollout/lint/lint-manifests.js';
import { parseManifests } from '../../src/rollout/lint/read-manifests.js';
import { rulesOf } from '../../src/core/rules/registry.js';
import { LINT_RULES } from '../../src/rollout/meta.js';
import { lintFindings, lintSnippet, yaml } from '../helpers/lint-manifest-snippet.js';

const DECREASE = (index: number, weight: number) =>
  `set-weight-decreasing spec.strategy.canary.steps[${index}].setWeight is ${weight}, lower than 50 at spec.strategy.canary.steps[0].setWeight: the canary would shrink mid-rollout.`;
const NO_FAILURE_LIMIT = (metric: string) =>
  `failure-limit-unset Metric '${metric}' in AnalysisTemplate 'success-rate' sets no failureLimit: the default 0 fails the metric on its first failed measurement.`;

/** A valid Rollout whose canary dips after its first step; `steps` are the lines from line 10 on. */
function rollout(...steps: string[]): string[] {
  return [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    'metadata: {name: checkout}',
    'spec:',
    '  progressDeadlineAbort: true', //                                  5
    '  strategy:',
    '    canary:',
    '      analysis: {templates: [{templateName: success-rate}]}',
    '      steps:',
    ...steps,
  ];
}

/** The template the Rollout names, with `metrics` from line 6 of its document on (line 18 after a two-step rollout). */
function template(...metrics: string[]): string[] {
  return ['apiVersion: argoproj.io/v1alpha1', 'kind: AnalysisTemplate', 'metadata: {name: success-rate}', 'spec:', '  metrics:', ...metrics];
}

const GUARDED_METRIC = ['    - name: guarded', '      failureLimit: 1', '      successCondition: len(result) == 0 || result[0] >= 0.95', '      provider: {prometheus: {query: up}}'];

describe('predator-guard-ignore comments in manifests', () => {
  it('a same-line directive drops the finding on its own line only', () => {
    const dips = ['        - setWeight: 50', '        - setWeight: 40', '        - setWeight: 30', '        - setWeight: 100'];
    expect(lintSnippet({ 'a.yaml': yaml(...rollout(...dips), '---', ...template(...GUARDED_METRIC)) })).toEqual([
      `a.yaml:11:11 ${DECREASE(1, 40)}`,
      `a.yaml:12:11 ${DECREASE(2, 30)}`,
    ]);

    dips[1] = '        - setWeight: 40 # predator-guard-ignore set-weight-decreasing -- warm-up dip';
    expect(lintSnippet({ 'a.yaml': yaml(...rollout(...dips), '---', ...template(...GUARDED_METRIC)) })).toEqual([`a.yaml:12:11 ${DECREASE(2, 30)}`]);
  });

  it('a -next-line directive drops the finding on the line below it, not the one after', () => {
    const text = yaml(
      ...rollout(
        '        - setWeight: 50',
        '        # predator-guard-ignore-next-line set-weight-decreasing -- the dip is the experiment',
        '        - setWeight: 40', //                                                   12
        '        - setWeight: 30',
        '        - setWeight: 100',
      ),
      '---',
      ...template(...GUARDED_METRIC),
    );
    expect(lintSnippet({ 'a.yaml': text })).toEqual([`a.yaml:13:11 ${DECREASE(2, 30)}`]);
  });

  it('a -file directive in one document drops that rule in every document of its file, and only that rule', () => {
    const unguarded = ['    - name: latency', '      successCondition: result[0] < 0.5', '      provider: {prometheus: {query: up}}'];
    const documents = (fileDirective: string) =>
      yaml(
        fileDirective,
        ...rollout('        - setWeight: 50', '        - setWeight: 100'),
        '---',
        ...template(...unguarded), // latency starts on line 19
      );
    const unguardedMessage =
      "unguarded-result-index spec.metrics[0].successCondition is 'result[0] < 0.5': it indexes result[0] without guarding an empty result or NaN, so a query with no data errors the measurement.";
    expect(lintSnippet({ 'plain.yaml': documents('# rolled out by hand') })).toEqual([
      `plain.yaml:19:7 ${NO_FAILURE_LIMIT('latency')}`,
      `plain.yaml:20:7 ${unguardedMessage}`,
    ]);
    expect(lintSnippet({ 'ignored.yaml': documents('# predator-guard-ignore-file failure-limit-unset -- limits are set by the platform') })).toEqual([
      `ignored.yaml:20:7 ${unguardedMessage}`,
    ]);
  });

  it('reports a directive that suppresses nothing as an unused-suppression notice at the directive', () => {
    const text = yaml(
      ...rollout(
        '        - setWeight: 50 # predator-guard-ignore set-weight-decreasing -- nothing dips here', // 10
        '        - setWeight: 100',
      ),
      '---',
      ...template(...GUARDED_METRIC),
    );
    const findings = lintFindings(parseManifests(text, 'stale.yaml'));
    expect(findings).toEqual([
      {
        analyzer: 'rollout',
        rule: 'unused-suppression',
        category: 'hygiene',
        severity: 'notice',
        message: "Suppression of 'set-weight-decreasing' matches no finding.",
        file: 'stale.yaml',
        line: 10,
        column: 27,
        endLine: 10,
        endColumn: 91,
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        data: { rules: ['set-weight-decreasing'] },
      },
    ]);
  });

  it('names only the unused rules of a directive, and review rules are unknown in a manifest', () => {
    const text = yaml(
      ...rollout(
        '        - setWeight: 50',
        '        - setWeight: 40 # predator-guard-ignore set-weight-decreasing, indefinite-pause',
        '        - setWeight: 100 # predator-guard-ignore bare-except',
      ),
      '---',
      ...template(...GUARDED_METRIC),
    );
    expect(lintSnippet({ 'a.yaml': text })).toEqual([
      "a.yaml:11:27 unused-suppression Suppression of 'indefinite-pause' matches no finding.",
      "a.yaml:12:28 unused-suppression Suppression names unknown rule 'bare-except'.",
    ]);
  });

  it('reports no unused directive where the config turns unused-suppression off, and still applies the directives', () => {
    const text = yaml(...rollout('        - setWeight: 50 # predator-guard-ignore set-weight-decreasing', '        - setWeight: 100'), '---', ...template(...GUARDED_METRIC));
    const manifests = parseManifests(text, 'quiet.yaml');
    expect(lintManifests(manifests, rulesOf(LINT_RULES), { rules: {}, overrides: [] }).map((finding) => finding.rule)).toEqual(['unused-suppression']);
    expect(lintManifests(manifests, rulesOf(LINT_RULES), { rules: { 'unused-suppression': { severity: 'off' } }, overrides: [] })).toEqual([]);
  });

  it('never takes the marker inside a quoted or block scalar for a comment', () => {
    const text = yaml(
      ...rollout('        - setWeight: 50', '        - setWeight: 100'),
      '---',
      ...template(
        '    - name: "error-rate # predator-guard-ignore failure-limit-unset"', // 18
        "      successCondition: 'len(result) == 0 || result[0] < 0.01 # predator-guard-ignore unguarded-result-index'",
        '      provider:',
        '        prometheus:',
        '          query: |', //                                                         22
        '            # predator-guard-ignore-file failure-limit-unset',
        '            sum(rate(errors[5m]))',
        '    - name: latency # predator-guard-ignore failure-limit-unset -- a real comment', // 25
        '      successCondition: len(result) == 0 || result[0] < 0.5',
        '      provider: {prometheus: {query: up}}',
      ),
    );
    expect(lintSnippet({ 'a.yaml': text })).toEqual([
      `a.yaml:18:7 ${NO_FAILURE_LIMIT('error-rate # predator-guard-ignore failure-limit-unset')}`,
      // Inside the quotes the marker is part of the condition, and `#` outside a predicate is not expr-lang.
      "a.yaml:19:7 condition-syntax-error spec.metrics[0].successCondition is 'len(result) == 0 || result[0] < 0.01 # predator-guard-ignore unguarded-result-index', which is not valid expr-lang (Expected one expression, found 4 side by side): every measurement errors.",
    ]);
  });

  it('counts lines from the top of a multi-document file, so a directive in a later document matches only its own line', () => {
    const metrics = (latencyComment: string) => [
      '    - name: errors',
      '      successCondition: len(result) == 0 || result[0] < 0.01',
      '      provider: {prometheus: {query: up}}',
      `    - name: latency${latencyComment}`,
      '      successCondition: len(result) == 0 || result[0] < 0.5',
      '      provider: {prometheus: {query: up}}',
    ];
    const file = (latencyComment: string) =>
      yaml(...rollout('        - setWeight: 50', '        - setWeight: 100'), '---', ...template(...metrics(latencyComment)));
    expect(lintSnippet({ 'a.yaml': file('') })).toEqual([
      `a.yaml:18:7 ${NO_FAILURE_LIMIT('errors')}`,
      `a.yaml:21:7 ${NO_FAILURE_LIMIT('latency')}`,
    ]);
    expect(lintSnippet({ 'a.yaml': file(' # predator-guard-ignore failure-limit-unset -- retried by the job') })).toEqual([
      `a.yaml:18:7 ${NO_FAILURE_LIMIT('errors')}`,
    ]);
  });
});
