import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { ABORTED, HEALTHY, PAUSED_FOR_PROMOTION, rolloutReport } from './rollout-scenarios.js';
import { finding, reportOf } from './sample-report.js';
import { completedRun } from '../helpers/run-stats.js';

const text = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('the text output of a rollout run', () => {
  it('gives a Healthy rollout one line', () => {
    expect(renderText(rolloutReport([HEALTHY]))).toBe(
      text(
        '✔ shop/checkout: Healthy · 5/5 steps · weight 100%',
        '',
        '✔ no problems · 1 rollout followed — gate passed',
      ),
    );
  });

  it('gives an aborted rollout its reason, its steps with the failed one marked, and the failed metric against its condition', () => {
    expect(renderText(rolloutReport([ABORTED]))).toBe(
      text(
        '✖ shop/checkout: Degraded · 2/5 steps · weight 0% · rollout-aborted',
        '  RolloutAborted: Rollout aborted update to revision 4: Step-based analysis phase error/failed: metric "error-rate" assessed Failed due to failed (3) > failureLimit (2)',
        '  steps     ✔ setWeight 20% → ✔ pause 1m → ✖ analysis error-rate → setWeight 50% → setWeight 100%',
        '  analysis  checkout-6f7d9c5b4-4-2 (Step) Failed: Metric "error-rate" assessed Failed due to failed (3) > failureLimit (2)',
        '            error-rate Failed: last [0.1] vs success len(result) == 0 || result[0] < 0.05 · measured 3 of 5 · failed 3/2 · inconclusive 0/0 · errors in a row 0/4',
        '',
        'rollout',
        `  error  Rollout 'checkout' in namespace 'shop' was aborted: RolloutAborted: Rollout aborted update to revision 4: Step-based analysis phase error/failed: metric "error-rate" assessed Failed due to failed (3) > failureLimit (2)  rollout-aborted`,
        "         ↳ Read the failed AnalysisRun (kubectl argo rollouts get rollout checkout -n shop), fix the release, and deploy again; 'kubectl argo rollouts retry rollout checkout' retries the same revision.",
        '',
        "✖ 1 problem (1 error, 0 warnings, 0 notices) · 1 rollout followed — gate failed: 1 finding at or above 'error'",
      ),
    );
  });

  it('marks the pause a rollout waits at for a promotion', () => {
    expect(renderText(rolloutReport([PAUSED_FOR_PROMOTION]))).toBe(
      text(
        '✖ shop/checkout: Paused · 3/5 steps · weight 50% · needs a promotion (kubectl argo rollouts promote) · rollout-timeout',
        '  CanaryPauseStep',
        '  steps     ✔ setWeight 20% → ✔ pause 30s → ✔ setWeight 50% → ▶ pause until promoted → setWeight 100%',
        '',
        'rollout',
        "  error  Rollout 'checkout' in namespace 'shop' timed out while Paused - CanaryPauseStep: it needs a promotion.  rollout-timeout",
        '         ↳ Promote it (kubectl argo rollouts promote checkout -n shop) or give the pause a duration; set success-on-pause: true when the pause is intended.',
        '',
        "✖ 1 problem (1 error, 0 warnings, 0 notices) · 1 rollout followed — gate failed: 1 finding at or above 'error'",
      ),
    );
  });

  it('colours the step it stopped at only on a terminal', () => {
    const coloured = renderText(rolloutReport([ABORTED]), { color: true });
    expect(coloured).toContain('\x1b[31m✖ analysis error-rate\x1b[39m → \x1b[2msetWeight 50%\x1b[22m');
    expect(renderText(rolloutReport([ABORTED]))).toContain('✖ analysis error-rate → setWeight 50%');
  });

  it('leaves the lint mode as it was', () => {
    const lint = reportOf(
      [finding({ analyzer: 'rollout', rule: 'indefinite-pause', category: 'configuration', message: 'spec.strategy.canary.steps[3].pause has no duration.', file: 'deploy/checkout.yaml', line: 45, column: 11 })],
      { runs: [completedRun('rollout', { mode: 'lint', files: 1 })] },
    );
    expect(renderText(lint)).toBe(
      text(
        'deploy/checkout.yaml',
        '  deploy/checkout.yaml:45:11  warning  spec.strategy.canary.steps[3].pause has no duration.  indefinite-pause',
        '',
        '⚠ 1 problem (0 errors, 1 warning, 0 notices) · 0 manifests linted in 1 file — gate passed',
      ),
    );
  });
});

describe('the JSON output of a rollout run', () => {
  it('carries each followed object with its phase and message in the run stats', () => {
    const report = JSON.parse(renderJson(rolloutReport([HEALTHY, { ...PAUSED_FOR_PROMOTION, name: 'search' }]))) as { runs: { stats: { rollouts: Record<string, unknown>[] } }[] };
    const rollouts = report.runs[0].stats.rollouts;
    expect(rollouts.map(({ name, namespace, phase, message, ending, needsPromotion }) => ({ name, namespace, phase, message, ending, needsPromotion }))).toEqual([
      { name: 'checkout', namespace: 'shop', phase: 'Healthy', message: '', ending: 'healthy', needsPromotion: false },
      { name: 'search', namespace: 'shop', phase: 'Paused', message: 'CanaryPauseStep', ending: 'timeout', needsPromotion: true },
    ]);
    expect(rollouts[1].stepList).toEqual([
      { kind: 'setWeight', weight: 20 },
      { kind: 'pause', duration: '30s' },
      { kind: 'setWeight', weight: 50 },
      { kind: 'pause' },
      { kind: 'setWeight', weight: 100 },
    ]);
  });
});
