import { commentBody } from '../../src/render/comment/comment-body.js';
import { sectionMarkdown } from '../../src/render/comment/section-markdown.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { ABORTED, ANALYSED_STEPS, FAILED_CANARY, HEALTHY, PAUSED_FOR_PROMOTION, rolloutReport } from './rollout-scenarios.js';
import { finding, reportOf } from './sample-report.js';
import { completedRun } from '../helpers/run-stats.js';

const markdown = (...lines: string[]) => `${lines.join('\n')}\n`;
const section = (report: Parameters<typeof renderMarkdown>[0]) => renderMarkdown(report, { analyzer: 'rollout' });

describe('the rollout section of the comment', () => {
  it('sums a Healthy rollout up in one line and folds its step diagram away (20% → 50% → 100%)', () => {
    expect(section(rolloutReport([HEALTHY]))).toBe(
      markdown(
        '**predator-guard rollout**: ✅ No findings.',
        '',
        '🚦 checkout: Healthy — 5/5 steps, weight 100%',
        '',
        '<details><summary>Steps and analysis</summary>',
        '',
        '```mermaid',
        '  flowchart LR',
        '  s0["✔ setWeight 20%"]',
        '  s1["✔ pause 30s"]',
        '  s2["✔ setWeight 50%"]',
        '  s3["✔ pause 30s"]',
        '  s4["✔ setWeight 100%"]',
        '  promoted(["✔ promoted"])',
        '  s0 --> s1',
        '  s1 --> s2',
        '  s2 --> s3',
        '  s3 --> s4',
        '  s4 --> promoted',
        '  class s0,s1,s2,s3,s4,promoted done',
        '  classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
        '  classDef current fill:#fff8c5,stroke:#9a6700,color:#1f2328',
        '  classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
        '  classDef pending fill:#f6f8fa,stroke:#d0d7de,color:#57606a',
        '  ```',
        '',
        '</details>',
      ),
    );
  });

  it('shows an abort at the analysis step: the reason, the failed step branching to stable, the metric against its condition and limits, the resolved PromQL', () => {
    expect(section(rolloutReport([ABORTED]))).toBe(
      markdown(
        '**predator-guard rollout**: 1 error · gate failed',
        '',
        '🚦 checkout: Degraded — 2/5 steps, weight 0% · ❌ `rollout-aborted`',
        '',
        '> RolloutAborted: Rollout aborted update to revision 4: Step-based analysis phase error/failed: metric "error-rate" assessed Failed due to failed (3) \\> failureLimit (2)',
        '',
        '```mermaid',
        '  flowchart LR',
        '  s0["✔ setWeight 20%"]',
        '  s1["✔ pause 1m"]',
        '  s2["✖ analysis error-rate"]',
        '  s3["setWeight 50%"]',
        '  s4["setWeight 100%"]',
        '  promoted(["promoted"])',
        '  s0 --> s1',
        '  s1 --> s2',
        '  s2 -.-> s3',
        '  s3 -.-> s4',
        '  s4 -.-> promoted',
        '  stable(["↩ stable version"])',
        '  s2 -. abort .-> stable',
        '  class s0,s1 done',
        '  class s2,stable failed',
        '  class s3,s4,promoted pending',
        '  classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
        '  classDef current fill:#fff8c5,stroke:#9a6700,color:#1f2328',
        '  classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
        '  classDef pending fill:#f6f8fa,stroke:#d0d7de,color:#57606a',
        '  ```',
        '',
        '**AnalysisRun checkout-6f7d9c5b4-4-2** (Step): ❌ Failed — Metric "error-rate" assessed Failed due to failed (3) \\> failureLimit (2)',
        '',
        '| metric | phase | last value | condition | measured | failed / limit | inconclusive / limit | errors in a row / limit |',
        '|---|---|---|---|---|---|---|---|',
        '| error-rate | ❌ Failed | `[0.1]` | success `len(result) == 0 \\|\\| result[0] < 0.05` → false | 3 of 5 | 3 / 2 | 0 / 0 | 0 / 4 |',
        '',
        '<details><summary>PromQL of error-rate, as resolved</summary>',
        '',
        '```promql',
        'sum(rate(http_requests_total{app="checkout",code=~"5.."}[1m]))',
        '  / sum(rate(http_requests_total{app="checkout"}[1m]))',
        '```',
        '',
        '</details>',
        '',
        '### 🚦 Release (1)',
        '',
        `- Rollout 'checkout' in namespace 'shop' was aborted: RolloutAborted: Rollout aborted update to revision 4: Step-based analysis phase error/failed: metric "error-rate" assessed Failed due to failed (3) \\> failureLimit (2) \`rollout-aborted\``,
        "  - _Read the failed AnalysisRun (kubectl argo rollouts get rollout checkout -n shop), fix the release, and deploy again; 'kubectl argo rollouts retry rollout checkout' retries the same revision._",
      ),
    );
  });

  it('shows a rollout paused for a promotion: the pause it waits at, the promote edge, and the timeout verdict', () => {
    expect(section(rolloutReport([PAUSED_FOR_PROMOTION]))).toBe(
      markdown(
        '**predator-guard rollout**: 1 error · gate failed',
        '',
        '🚦 checkout: Paused — 3/5 steps, weight 50% · ⏸ needs a promotion (kubectl argo rollouts promote) · ❌ `rollout-timeout`',
        '',
        '> CanaryPauseStep',
        '',
        '```mermaid',
        '  flowchart LR',
        '  s0["✔ setWeight 20%"]',
        '  s1["✔ pause 30s"]',
        '  s2["✔ setWeight 50%"]',
        '  s3["▶ pause until promoted"]',
        '  s4["setWeight 100%"]',
        '  promoted(["promoted"])',
        '  s0 --> s1',
        '  s1 --> s2',
        '  s2 --> s3',
        '  s3 -.->|promote| s4',
        '  s4 -.-> promoted',
        '  class s0,s1,s2 done',
        '  class s3 current',
        '  class s4,promoted pending',
        '  classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
        '  classDef current fill:#fff8c5,stroke:#9a6700,color:#1f2328',
        '  classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
        '  classDef pending fill:#f6f8fa,stroke:#d0d7de,color:#57606a',
        '  ```',
        '',
        '### 🚦 Release (1)',
        '',
        "- Rollout 'checkout' in namespace 'shop' timed out while Paused - CanaryPauseStep: it needs a promotion. `rollout-timeout`",
        '  - _Promote it (kubectl argo rollouts promote checkout -n shop) or give the pause a duration; set success-on-pause: true when the pause is intended._',
      ),
    );
  });

  it('opens with one verdict table when several objects were followed, then each object as on its own', () => {
    const report = rolloutReport([HEALTHY, { ...ABORTED, name: 'payments' }, { ...PAUSED_FOR_PROMOTION, name: 'search', namespace: 'web' }]);
    const blocks = section(report).split('\n\n');
    expect(blocks[1]).toBe(
      [
        '| rollout | kind | phase | step | weight (desired / actual) | analysis | verdict |',
        '|---|---|---|---|---|---|---|',
        '| shop/checkout | Rollout | Healthy | 5/5 | 100% / 100% | — | ✅ passed |',
        '| shop/payments | Rollout | Degraded | 2/5 | 0% / 0% | Step ❌ Failed | ❌ `rollout-aborted` |',
        '| web/search | Rollout | Paused | 3/5 | 50% / 50% | — | ❌ `rollout-timeout` |',
      ].join('\n'),
    );
    expect(blocks[2]).toBe('🚦 checkout: Healthy — 5/5 steps, weight 100%');
    expect(blocks.filter((block) => block.startsWith('🚦 '))).toEqual([
      '🚦 checkout: Healthy — 5/5 steps, weight 100%',
      '🚦 payments: Degraded — 2/5 steps, weight 0% · ❌ `rollout-aborted`',
      '🚦 search: Paused — 3/5 steps, weight 50% · ⏸ needs a promotion (kubectl argo rollouts promote) · ❌ `rollout-timeout`',
    ]);
    expect(blocks.filter((block) => block.includes('```mermaid'))).toHaveLength(3);
  });

  it('keeps a single Healthy rollout to its summary line, with no table', () => {
    expect(section(rolloutReport([HEALTHY]))).not.toContain('| rollout | kind |');
  });

  it('escapes step labels for mermaid: quotes, #, <, >, & and backticks become entity codes, plain names stay as written', () => {
    const templated = (templateName: string) => [...ANALYSED_STEPS.slice(0, 2), { analysis: { templates: [{ templateName }] } }, ...ANALYSED_STEPS.slice(3)];
    const labelOfStep2 = (templateName: string) => section(rolloutReport([{ ...ABORTED, steps: templated(templateName) }])).split('\n').find((line) => line.startsWith('  s2['));
    expect(labelOfStep2('error-rate')).toBe('  s2["✖ analysis error-rate"]');
    expect(labelOfStep2('say "hi" #1 <b>&amp; `x` [y]')).toBe('  s2["✖ analysis say #34;hi#34; #35;1 #60;b#62;#38;amp; #96;x#96; [y]"]');
  });

  it('ends the diagram in a failed rollback when a Healthy rollout does not run the image deployed, and in the promotion when it does', () => {
    const lastNode = (image: string) => section(rolloutReport([{ ...HEALTHY, image }])).split('\n').filter((line) => line.startsWith('  promoted') || line.startsWith('  class '));
    expect(lastNode('registry.example/checkout:pr-43')).toEqual(['  promoted(["✖ rolled back: not the expected image"])', '  class s0,s1,s2,s3,s4 done', '  class promoted failed']);
    expect(lastNode('registry.example/checkout:pr-42')).toEqual(['  promoted(["✔ promoted"])', '  class s0,s1,s2,s3,s4,promoted done']);
  });

  it('labels the branch back to stable "degraded" when the rollout was not aborted (a progress deadline)', () => {
    const deadline = { ...ABORTED, analysisRuns: [], status: { phase: 'Degraded', message: 'ProgressDeadlineExceeded: ReplicaSet "checkout-6f7d9c5b4" has timed out progressing.', currentStepIndex: 1 } };
    const lines = section(rolloutReport([deadline])).split('\n');
    expect(lines.filter((line) => line.includes('stable'))).toEqual(['  stable(["↩ stable version"])', '  s1 -. degraded .-> stable', '  class s1,stable failed']);
    expect(lines[2]).toBe('🚦 checkout: Degraded — 1/5 steps, weight 20% · ❌ `rollout-degraded`');
  });

  it('says which fields the account could not read, and falls back to the runs the Rollout status names', () => {
    const refusal = "forbidden: cannot list argoproj.io/analysisruns in namespace 'shop' (HTTP 403); grant get, list and watch on argoproj.io/analysisruns to the checker's account (see docs/rbac.yaml).";
    const lines = section(rolloutReport([{ ...ABORTED, analysisRuns: undefined, forbidden: { analysisRuns: refusal } }])).split('\n');
    expect(lines.filter((line) => line.startsWith('ℹ️ ') || line.startsWith('**AnalysisRun'))).toEqual([
      "ℹ️ `analysisRuns` unknown: forbidden: cannot list argoproj.io/analysisruns in namespace 'shop' (HTTP 403); grant get, list and watch on argoproj.io/analysisruns to the checker's account (see docs/rbac.yaml).",
      '**AnalysisRun checkout-6f7d9c5b4-4-2** (Step): ❌ Failed — Metric "error-rate" assessed Failed due to failed (3) \\> failureLimit (2)',
    ]);
    expect(lines.some((line) => line.startsWith('| metric |'))).toBe(false);
    expect(section(rolloutReport([ABORTED]))).not.toContain('unknown:');
  });

  it('draws no diagram for an object without canary steps, and says when a pause was accepted', () => {
    const blueGreenLike = { ...PAUSED_FOR_PROMOTION, steps: [], ending: 'paused' as const };
    expect(section(rolloutReport([blueGreenLike]))).toBe(
      markdown(
        '**predator-guard rollout**: ✅ No findings.',
        '',
        '🚦 checkout: Paused — weight 100% · ✅ pause accepted (success-on-pause)',
        '',
        '> CanaryPauseStep',
      ),
    );
  });

  it('leaves the lint mode as it was: findings by category and file, no rollout blocks', () => {
    const lint = reportOf(
      [finding({ analyzer: 'rollout', rule: 'indefinite-pause', category: 'configuration', message: 'spec.strategy.canary.steps[3].pause has no duration.', file: 'deploy/checkout.yaml', line: 45 })],
      { runs: [completedRun('rollout', { mode: 'lint', files: 1 })] },
    );
    expect(section(lint)).toBe(
      markdown(
        '**predator-guard rollout**: 1 warning · gate passed',
        '',
        '### ⚙️ Configuration (1)',
        '',
        '**deploy/checkout.yaml**',
        '',
        '- `deploy/checkout.yaml:45` — spec.strategy.canary.steps\\[3\\].pause has no duration. `indefinite-pause`',
      ),
    );
  });
});

describe('the rollout part of the job summary', () => {
  it('is the same section as in the comment, under the summary heading', () => {
    const report = rolloutReport([ABORTED]);
    const summary = renderJobSummary(report);
    expect(summary.startsWith('## predator-guard\n\n**predator-guard**: 1 error · gate failed\n\n🚦 checkout: Degraded — 2/5 steps, weight 0% · ❌ `rollout-aborted`\n')).toBe(true);
    expect(summary).toContain(section(report).slice(section(report).indexOf('🚦 checkout')));
  });

  it('has no rollout block when the rollout run failed (the run note says why)', () => {
    const report = reportOf([], { runs: [{ analyzer: 'rollout', status: 'failed', error: "Rollout 'nope' not found in namespace 'shop'", stats: {} }] });
    expect(renderJobSummary(report)).toBe(
      "## predator-guard\n\n**predator-guard**: no findings · gate failed\n\n⚠️ The rollout analyzer failed: Rollout 'nope' not found in namespace 'shop'\n",
    );
  });
});

describe('a Flagger Canary beside a Rollout', () => {
  it('gets a row of the verdict table with its kind, and a summary line with its failed checks and no diagram', () => {
    const blocks = section(rolloutReport([HEALTHY], [FAILED_CANARY])).split('\n\n');
    expect(blocks[1].split('\n').slice(2)).toEqual([
      '| shop/checkout | Rollout | Healthy | 5/5 | 100% / 100% | — | ✅ passed |',
      '| test/podinfo | Canary | Failed | — | — / 0% | — | ❌ `flagger-canary-failed` |',
    ]);
    expect(blocks.slice(blocks.indexOf('</details>') + 1)).toEqual([
      '🚦 Canary podinfo: Failed — weight 0%, 5/5 failed checks · ❌ `flagger-canary-failed`',
      '> Canary analysis failed, Deployment scaled to zero.',
      '### 🚦 Release (1)',
      "- Canary 'podinfo' in namespace 'test' ended Failed with 5 failed checks (threshold 5): Canary analysis failed, Deployment scaled to zero. `flagger-canary-failed`\n  - _Read why the checks failed (kubectl describe canary podinfo -n test, and Flagger's log for the metric values), fix the release and deploy again._\n",
    ]);
  });
});

describe('the rollout section under the comment size cap', () => {
  it('never cuts into the diagram, the metrics or the PromQL: the section is whole, or its summary line alone', () => {
    const write = { tag: 'predator-guard', report: rolloutReport([ABORTED]), analyzer: 'rollout', headSha: 'a'.repeat(40) } as const;
    const whole = commentBody(undefined, write);
    const fences = (body: string) => body.split('\n').filter((line) => /^\s{0,3}```/.test(line)).length;
    expect(fences(whole)).toBe(4);
    expect(whole).toContain(sectionMarkdown(rolloutReport([ABORTED]), { analyzer: 'rollout' }));
    for (let limit = 700; limit < whole.length; limit += 40) {
      const body = commentBody(undefined, { ...write, limit });
      expect(body.length).toBeLessThanOrEqual(limit);
      expect(fences(body) === 4 || fences(body) === 0).toBe(true);
    }
  });
});
