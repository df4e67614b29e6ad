import { publishCheckRun, type CheckRunPublication } from '../../src/github/check-run.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';
import { RESOURCE_NOT_ACCESSIBLE, startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import type { CheckRunAnnotation } from '../../src/render/check-run.js';

const HEAD = 'c0ffee0000000000000000000000000000000000';

let server: GitHubApiServer;
let octokit: GitHubClient;
let logged: string[];

beforeEach(async () => {
  server = await startGitHubApiServer();
  logged = [];
  octokit = createGitHubClient({ token: server.token, apiUrl: server.url, log: { info: () => {}, warning: () => {} }, retryAfterBaseValue: 1, spaceWrites: false });
  server.addPullRequest('octo', 'shop', 1);
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  expect(server.tokenLeaks()).toEqual([]);
  await server.close();
});

const annotationsFor = (count: number): CheckRunAnnotation[] =>
  Array.from({ length: count }, (_, index) => ({
    path: `src/file_${Math.floor(index / 10)}.py`,
    start_line: (index % 10) + 1,
    end_line: (index % 10) + 1,
    annotation_level: 'warning',
    message: `finding ${index + 1}`,
    title: 'review: nested-loop',
  }));

function publication(annotations: CheckRunAnnotation[]): CheckRunPublication {
  return {
    owner: 'octo',
    repo: 'shop',
    name: 'predator-guard',
    headSha: HEAD,
    conclusion: 'failure',
    title: 'predator-guard: 1 finding at or above error',
    summary: '**predator-guard**: 1 error',
    annotations,
    log: { info: (line) => logged.push(`info: ${line}`), warning: (line) => logged.push(`warning: ${line}`) },
  };
}

describe('publishCheckRun', () => {
  it('creates the run, sends every annotation in batches of 50, then completes it with the conclusion', async () => {
    const result = await publishCheckRun(octokit, publication(annotationsFor(120)));
    const [run] = server.checkRuns('octo', 'shop');
    expect(result).toEqual({ action: 'created', id: run.id, url: `https://github.com/octo/shop/runs/${run.id}`, annotated: 120, rejected: 0 });
    expect(run.annotations.map((annotation) => annotation.message)).toEqual(annotationsFor(120).map((annotation) => annotation.message));
    expect([run.status, run.conclusion, run.headSha, run.name]).toEqual(['completed', 'failure', HEAD, 'predator-guard']);
    expect(run.output).toEqual({ title: 'predator-guard: 1 finding at or above error', summary: '**predator-guard**: 1 error', text: null });
    expect(server.requests.map((request) => `${request.operation} ${request.status}`)).toEqual([
      'checks/create 201',
      'checks/update 200',
      'checks/update 200',
      'checks/update 200',
      'checks/update 200',
    ]);
    expect(logged).toEqual([]);
  });

  it('completes a run with no annotations at all', async () => {
    const result = await publishCheckRun(octokit, { ...publication([]), conclusion: 'success', title: 'predator-guard passed', summary: '✅ No findings.' });
    expect(result).toMatchObject({ action: 'created', annotated: 0, rejected: 0 });
    expect(server.checkRuns('octo', 'shop').map((run) => [run.status, run.conclusion, run.annotations.length])).toEqual([['completed', 'success', 0]]);
  });

  it('keeps every other batch when GitHub rejects one with 422, and says which', async () => {
    server.injectFault({
      operation: 'checks/update',
      status: 422,
      message: 'Validation Failed',
      when: (body) => ((body as { output?: { annotations?: CheckRunAnnotation[] } }).output?.annotations ?? []).some((annotation) => annotation.message === 'finding 60'),
    });
    const result = await publishCheckRun(octokit, publication(annotationsFor(120)));
    expect(result).toMatchObject({ action: 'created', annotated: 70, rejected: 50 });
    const [run] = server.checkRuns('octo', 'shop');
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      ...annotationsFor(50).map((annotation) => annotation.message),
      ...annotationsFor(120).slice(100).map((annotation) => annotation.message),
    ]);
    expect(run.conclusion).toBe('failure');
    expect(logged).toEqual([
      'warning: GitHub rejected annotation batch 2 of 3 (50 annotations on src/file_5.py, src/file_6.py, src/file_7.py, src/file_8.py, src/file_9.py): ' +
        'Validation Failed - https://docs.github.com/rest/checks/runs#update-a-check-run. The other batches were still sent.',
    ]);
  });

  it('reports a token without checks: write as forbidden, with one warning, for the caller to fall back', async () => {
    server.injectFault({ operation: 'checks/create', status: 403, message: RESOURCE_NOT_ACCESSIBLE });
    const result = await publishCheckRun(octokit, publication(annotationsFor(3)));
    expect(result).toEqual({ action: 'forbidden', reason: `${RESOURCE_NOT_ACCESSIBLE} - https://docs.github.com/rest/reference/checks#create-a-check-run` });
    expect(server.checkRuns('octo', 'shop')).toEqual([]);
    expect(logged).toEqual([
      "warning: predator-guard could not create the check run 'predator-guard': GitHub answered 403 " +
        `(${RESOURCE_NOT_ACCESSIBLE} - https://docs.github.com/rest/reference/checks#create-a-check-run). Grant \`checks: write\` to the job ` +
        'for check-run: true; the findings are annotated through workflow commands instead.',
    ]);
  });
});
