import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSavedReport } from '../../src/action/saved-report.js';
import { verifySavedReport } from '../../src/action/verify-saved-report.js';
import type { GitHubContext } from '../../src/action/github-context.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';
import { REPORT_LIMITS } from '../../src/core/report-schema.js';
import type { Report } from '../../src/core/report.js';
import { renderJson } from '../../src/render/json.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { completedRun } from '../helpers/run-stats.js';
import { finding, reportOf } from '../render/sample-report.js';

/**
 * The fork-safe publisher against the loopback GitHub (real Octokit): a saved report is posted only for the pull
 * request whose head it was made for, and judged again under the base branch's config.
 */

const HEAD = 'c0ffee0000000000000000000000000000000001';
const BASE = 'ba5e000000000000000000000000000000000002';
const FORK = 'mallory/shop';

let server: GitHubApiServer;
let octokit: GitHubClient;
let scratch: string;

beforeEach(async () => {
  server = await startGitHubApiServer();
  octokit = createGitHubClient({ token: server.token, apiUrl: server.url, log: { info: () => {}, warning: () => {} }, retryAfterBaseValue: 1, spaceWrites: false });
  server.addPullRequest('octo', 'shop', 7);
  server.setPullRequestEnds('octo', 'shop', 7, { headSha: HEAD, headRepository: FORK, baseSha: BASE });
  scratch = mkdtempSync(path.join(tmpdir(), 'pg-saved-'));
});

afterEach(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

function context(workflowRun: Record<string, unknown>, eventName = 'workflow_run'): GitHubContext {
  return {
    eventName,
    payload: { workflow_run: workflowRun },
    owner: 'octo',
    repo: 'shop',
    sha: 'd'.repeat(40),
    serverUrl: 'https://github.com',
    apiUrl: server.url,
    graphqlUrl: `${server.url}/graphql`,
    workspace: scratch,
    runnerTemp: scratch,
  };
}
const fromFork = { head_sha: HEAD, head_repository: { full_name: FORK }, pull_requests: [] };

/** A report that says all is well beside a bare except it calls a notice. */
function forged(): Report {
  const report = reportOf([finding({ rule: 'bare-except', category: 'antipattern', severity: 'notice', message: 'Bare except.', file: 'a.py', line: 3 })], { runs: [completedRun('review')] });
  return { ...report, gate: { failOn: 'never', passed: true, counts: { error: 0, warning: 0, notice: 0 } } };
}

describe('publishing a saved report', () => {
  it('judges the findings again under the base commit’s config, never by the report’s gate', async () => {
    server.setFileContent('octo', 'shop', BASE, '.predator-guard.yml', 'fail-on: warning\nrules:\n  bare-except:\n    severity: error\n');
    const { report, target } = await verifySavedReport(forged(), { context: context(fromFork), octokit, pullRequest: 7, inputLayer: {} });
    expect(report.gate).toEqual({ failOn: 'warning', passed: false, counts: { error: 1, warning: 0, notice: 0 }, reason: "1 finding at or above 'warning'" });
    expect(report.findings.map((item) => item.severity)).toEqual(['error']);
    expect(target).toMatchObject({ kind: 'pull-request', pullNumber: 7, headSha: HEAD });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /repos/octo/shop/pulls/7',
      `GET /repos/octo/shop/contents/.predator-guard.yml?ref=${BASE}`,
    ]);
    expect(server.violations).toEqual([]);
  });

  it('uses the default fail-on when the base has no config, and the step’s own inputs over the base’s', async () => {
    const withDefaults = await verifySavedReport(forged(), { context: context(fromFork), octokit, pullRequest: 7, inputLayer: {} });
    expect(withDefaults.report.gate).toMatchObject({ failOn: 'error', passed: true, counts: { error: 0, warning: 0, notice: 1 } });
    server.setFileContent('octo', 'shop', BASE, '.predator-guard.yml', 'fail-on: never\n');
    const strict = await verifySavedReport(forged(), { context: context(fromFork), octokit, pullRequest: 7, inputLayer: { failOn: 'notice' } });
    expect(strict.report.gate).toMatchObject({ failOn: 'notice', passed: false });
  });

  it('refuses a pull request whose head is not the workflow run’s, naming both SHAs', async () => {
    server.setPullRequestEnds('octo', 'shop', 7, { headSha: 'f'.repeat(40) });
    await expect(verifySavedReport(forged(), { context: context(fromFork), octokit, pullRequest: 7, inputLayer: {} })).rejects.toThrow(
      `Pull request #7's head is ${'f'.repeat(40)}, not the workflow run's head_sha ${HEAD}: the report describes another commit (a newer push has its own run) or the pull-request number is not this run's. Nothing was posted.`,
    );
  });

  it('refuses a pull request from another head repository (a number pointing at someone else’s pull request)', async () => {
    const elsewhere = { ...fromFork, head_repository: { full_name: 'eve/shop' } };
    await expect(verifySavedReport(forged(), { context: context(elsewhere), octokit, pullRequest: 7, inputLayer: {} })).rejects.toThrow(
      "Pull request #7's head repository is mallory/shop, not the workflow run's head_repository eve/shop: the pull-request number is not this run's. Nothing was posted.",
    );
  });

  it('refuses any event but workflow_run, and a pull request GitHub does not have', async () => {
    await expect(verifySavedReport(forged(), { context: context(fromFork, 'push'), octokit, pullRequest: 7, inputLayer: {} })).rejects.toThrow(
      "Publishing a saved report runs on a workflow_run event, whose head_sha and head_repository it checks the pull request against; this is a 'push' event. Nothing was posted.",
    );
    await expect(verifySavedReport(forged(), { context: context(fromFork), octokit, pullRequest: 8, inputLayer: {} })).rejects.toThrow(
      "GitHub has no pull request #8 in octo/shop: check the 'pull-request' input. Nothing was posted.",
    );
    expect(server.comments('octo', 'shop', 7)).toEqual([]);
  });
});

describe('reading a saved report', () => {
  const save = (value: unknown) => {
    const file = path.join(scratch, 'report.json');
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };

  it('reads back what the action saved', () => {
    const report = forged();
    expect(readSavedReport(save(renderJson(report)))).toEqual(JSON.parse(renderJson(report)));
  });

  it('refuses sizes past the caps, a rule id that is not one, and an analyzer this version does not know', () => {
    const report = JSON.parse(renderJson(forged()));
    const longMessage = structuredClone(report);
    longMessage.findings[0].message = 'x'.repeat(REPORT_LIMITS.text + 1);
    expect(() => readSavedReport(save(longMessage))).toThrow(/\(findings\[0\]\.message: must NOT have more than 32768 characters\); nothing was posted\./);
    const badRule = structuredClone(report);
    badRule.findings[0].rule = 'x\n<!-- /predator-guard:section=review -->';
    expect(() => readSavedReport(save(badRule))).toThrow(/\(findings\[0\]\.rule: must match pattern/);
    const unknown = structuredClone(report);
    unknown.runs[0].analyzer = 'security';
    expect(() => readSavedReport(save(unknown))).toThrow(/\(runs\[0\]\.analyzer: must be equal to one of the allowed values\)/);
  });
});
