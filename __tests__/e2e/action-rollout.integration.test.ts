import { readFileSync } from 'node:fs';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { ActionRunner, HEAD, OWNER, REPO, pullRequestEvent } from '../helpers/action-runner.js';
import { startKubeApiServer, TEST_TOKEN, writeKubeconfig, type KubeApiServer } from '../helpers/kube-api-server.js';
import { ABORTED, FAILED_ANALYSIS_RUN, rolloutObject } from '../render/rollout-scenarios.js';

/**
 * `checks: rollout` in the action, as a deploy job runs it after deploying the pull request's build: dist/action.js
 * under Node 24 against the loopback GitHub and the loopback Kubernetes API (dist/ is what runs: rebuild it with
 * `node scripts/build.mjs` after changing src/). And the same check at pull-request time, with no rollout named:
 * the manifest lint.
 */

const CHECKOUT_MANIFEST = [
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Rollout',
  'metadata:',
  '  name: checkout',
  'spec:',
  '  progressDeadlineAbort: true',
  '  strategy:',
  '    canary:',
  '      analysis:',
  '        templates:',
  '          - templateName: error-rate',
  '      steps:',
  '        - setWeight: 20',
  '        - pause: {}',
  '        - setWeight: 100',
  '---',
  'apiVersion: argoproj.io/v1alpha1',
  'kind: AnalysisTemplate',
  'metadata:',
  '  name: error-rate',
  'spec:',
  '  metrics:',
  '    - name: error-rate',
  '      count: 5',
  '      interval: 1m',
  '      failureLimit: 2',
  '      successCondition: len(result) == 0 || result[0] < 0.05',
  '      provider:',
  '        prometheus:',
  '          address: http://prometheus.monitoring:9090',
  '          query: sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m]))',
  '',
].join('\n');

let github: GitHubApiServer;
let runner: ActionRunner;

beforeEach(async () => {
  github = await startGitHubApiServer();
  runner = new ActionRunner(github);
});

afterEach(async () => {
  expect(github.violations).toEqual([]);
  expect(github.tokenLeaks()).toEqual([]);
  await github.close();
  runner.cleanup();
});

describe('the action with checks: rollout', () => {
  let kube: KubeApiServer;
  let kubeconfig: { file: string; cleanup: () => void };

  beforeEach(async () => {
    kube = await startKubeApiServer();
    kubeconfig = writeKubeconfig(kube);
  });

  afterEach(async () => {
    kubeconfig.cleanup();
    await kube.close();
  });

  it('after a deploy: writes the rollout section with its step diagram into the comment and fails the gate on an abort', async () => {
    kube.put({ ...rolloutObject(ABORTED) });
    kube.put({ ...FAILED_ANALYSIS_RUN });
    const workspace = runner.workspace({ 'deploy/checkout.yaml': CHECKOUT_MANIFEST });
    github.addPullRequest(OWNER, REPO, 2, [{ filename: 'deploy/checkout.yaml', status: 'modified', patch: '@@ -14 +14 @@\n-        - setWeight: 50\n+        - pause: {}' }]);
    github.pushToPullRequest(OWNER, REPO, 2, HEAD);

    const run = await runner.run(workspace, 'pull_request', pullRequestEvent('synchronize', HEAD), {
      checks: 'rollout',
      rollout: 'checkout',
      namespace: 'shop',
      kubeconfig: kubeconfig.file,
      'rollout-timeout': '20s',
    });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::predator-guard: 1 finding at or above 'error'");
    expect(run.outputs).toMatchObject({ passed: 'false', findings: '1', errors: '1', warnings: '0', notices: '0' });
    const [comment] = github.comments(OWNER, REPO, 2);
    const section = comment.body.slice(comment.body.indexOf(`<!-- predator-guard:section=rollout sha=${HEAD} counts=1/0/0 gate=failed -->`));
    expect(section.split('\n').slice(0, 22)).toEqual([
      `<!-- predator-guard:section=rollout sha=${HEAD} counts=1/0/0 gate=failed -->`,
      '### rollout',
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
    ]);
    // The AnalysisRun comes from the API (listed by owner and pod-template hash), with its metric and resolved query.
    expect(section).toContain(
      '| error-rate | ❌ Failed | `[0.1]` | success `len(result) == 0 \\|\\| result[0] < 0.05` → false | 3 of 5 | 3 / 2 | 0 / 0 | 0 / 4 |',
    );
    expect(section).toContain('<details><summary>PromQL of error-rate, as resolved</summary>\n\n```promql\nsum(rate(http_requests_total{app="checkout",code=~"5.."}[1m]))\n');
    expect(section).toContain("- 🛑 **error** · Rollout 'checkout' in namespace 'shop' was aborted: RolloutAborted:");
    expect(section.trimEnd().endsWith('<!-- /predator-guard:section=rollout -->')).toBe(true);
    expect(run.summary).toContain('🚦 checkout: Degraded — 2/5 steps, weight 0% · ❌ `rollout-aborted`\n\n> RolloutAborted:');
    expect(run.summary).toContain('  s2 -. abort .-> stable\n');
    const report = JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as { runs: { stats: { rollouts: { phase: string; message: string }[] } }[] };
    expect(report.runs[0].stats.rollouts[0]).toMatchObject({ phase: 'Degraded', message: ABORTED.status.message });
    // The kubeconfig's token is handed to the runner's masking (GitHub masks only the secrets it passed in itself),
    // in a line the runner consumes and never shows; it appears nowhere else.
    expect(run.stdout).toContain(`::add-mask::${TEST_TOKEN}\n`);
    const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    expect(shown + run.stderr + comment.body + run.summary).not.toContain(TEST_TOKEN);
  });
});

describe('the action with checks: rollout and no rollout named, at pull-request time', () => {
  it('lints the manifests and annotates the findings on the lines the pull request added', async () => {
    const workspace = runner.workspace({ 'deploy/checkout.yaml': CHECKOUT_MANIFEST });
    github.addPullRequest(OWNER, REPO, 2, [{ filename: 'deploy/checkout.yaml', status: 'modified', patch: '@@ -14 +14 @@\n-        - setWeight: 50\n+        - pause: {}' }]);
    github.pushToPullRequest(OWNER, REPO, 2, HEAD);

    const run = await runner.run(workspace, 'pull_request', pullRequestEvent('opened', HEAD), { checks: 'rollout' });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.match(/^::(?:error|warning|notice) file=.*$/gm)).toEqual([
      "::notice file=deploy/checkout.yaml,line=14,endLine=14,col=11,endColumn=20,title=predator-guard indefinite-pause::spec.strategy.canary.steps[1].pause has no duration: the rollout stays Paused until someone runs 'kubectl argo rollouts promote', so a CI gate waits until its timeout.%0AGive the pause a duration (pause: {duration: 10m}), or set success-on-pause when a manual promotion is intended.",
    ]);
    expect(run.outputs).toMatchObject({ passed: 'true', findings: '1', warnings: '0', notices: '1' });
    const [comment] = github.comments(OWNER, REPO, 2);
    expect(comment.body).toContain(`<!-- predator-guard:section=rollout sha=${HEAD} counts=0/0/1 gate=passed -->\n### rollout\n\n#### Configuration (1)`);
    expect(comment.body).not.toContain('```mermaid');
  });
});
