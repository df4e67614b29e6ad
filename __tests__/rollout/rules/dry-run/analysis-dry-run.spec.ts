import type { DryRunMetric, DryRunOutcome } from '../../../../src/rollout/dry-run/dry-run-template.js';
import { analysisDryRun } from '../../../../src/rollout/rules/dry-run/analysis-dry-run.js';

const result = (outcome: DryRunOutcome): DryRunMetric => ({ template: 'error-ratio', metric: 'errors', query: 'max(http_error_ratio{service="checkout"})', outcome });

describe('analysis-dry-run', () => {
  it('says the metric would fail today, with the count, the first failing value and its time, and the query', () => {
    const report = analysisDryRun.check(result({ kind: 'would-fail', failed: 3, measured: 61, firstFailure: { at: new Date('2026-12-02T10:00:00Z'), value: '[0.08]' } }));
    expect(report?.message).toBe(
      "Metric 'errors' of AnalysisTemplate 'error-ratio' would fail on the stable version today: 3 of 61 measurements over the last hour failed, the first [0.08] at 2026-12-02T10:00:00.000Z; query: max(http_error_ratio{service=\"checkout\"})",
    );
  });

  it('says the query returns no data, and that the condition can never fail with the values tried', () => {
    expect(analysisDryRun.check(result({ kind: 'no-data' }))?.message).toBe("Metric 'errors' of AnalysisTemplate 'error-ratio' returns no data over the last hour; query: max(http_error_ratio{service=\"checkout\"})");
    expect(analysisDryRun.check(result({ kind: 'never-fails', tried: '0, 1, NaN' }))?.message).toBe("Metric 'errors' of AnalysisTemplate 'error-ratio' can never fail: its conditions pass for every value tried (0, 1, NaN).");
  });

  it('stays quiet on a metric that passed all hour or could not be measured', () => {
    expect(analysisDryRun.check(result({ kind: 'passes', measured: 61 }))).toBeUndefined();
    expect(analysisDryRun.check(result({ kind: 'not-evaluated', reason: 'the arg service has no value' }))).toBeUndefined();
  });
});
