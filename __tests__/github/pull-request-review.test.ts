import { addedLinesOfPatch } from '../../src/core/diff/parse-patch.js';
import type { ChangeSet } from '../../src/core/changes.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';
import { postReview } from '../../src/github/pull-request-review.js';
import { planReviewComments } from '../../src/render/review-comments/review-comments.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { RESOURCE_NOT_ACCESSIBLE } from '../helpers/github-api/rest-routes.js';
import { finding } from '../render/sample-report.js';

const HEAD = 'c'.repeat(40);
const JOBS_PY = ['def run(job):', '    try:', '        job()', '    except:', '        retry(job)', '    try:', '        job.close()', '    except OSError:', '        pass', ''].join('\n');
const PATCH = '@@ -1,3 +1,9 @@\n def run(job):\n     try:\n         job()\n+    except:\n+        retry(job)\n+    try:\n+        job.close()\n+    except OSError:\n+        pass';
const FP = (n: number) => n.toString(16).padStart(32, '0');

let server: GitHubApiServer;
let octokit: GitHubClient;
let warnings: string[];

beforeEach(async () => {
  server = await startGitHubApiServer();
  warnings = [];
  octokit = createGitHubClient({ token: server.token, apiUrl: server.url, log: { info: () => {}, warning: (line) => warnings.push(line) }, retryAfterBaseValue: 1, spaceWrites: false });
  server.addPullRequest('octo', 'shop', 7, [{ filename: 'app/jobs.py', status: 'modified', patch: PATCH }]);
});

afterEach(async () => {
  expect(server.tokenLeaks()).toEqual([]);
  await server.close();
});

const changes: ChangeSet = { files: new Map([['app/jobs.py', { file: 'app/jobs.py', status: 'modified', addedLines: addedLinesOfPatch(PATCH) }]]) };
const findings = [
  finding({ rule: 'bare-except', category: 'antipattern', message: "Bare 'except:' catches everything.", file: 'app/jobs.py', line: 4, fingerprint: FP(1) }),
  finding({ rule: 'empty-catch', category: 'antipattern', message: 'The handler swallows the error.', file: 'app/jobs.py', line: 8, endLine: 9, fingerprint: FP(2) }),
  finding({ rule: 'nested-loop', category: 'performance', message: 'Not on the diff.', file: 'app/jobs.py', line: 1, fingerprint: FP(3) }),
];

describe('the inline review', () => {
  it('posts the findings on added lines as one COMMENT review, with suggestion blocks GitHub can apply', async () => {
    const plan = planReviewComments(findings, changes, () => JOBS_PY);
    const result = await postReview(octokit, { owner: 'octo', repo: 'shop', pullNumber: 7, headSha: HEAD, comments: plan.comments, log: { info: () => {}, warning: () => {} } });
    const [review] = server.reviews('octo', 'shop', 7);
    expect(result).toEqual({ action: 'posted', id: review.id, url: `https://github.com/octo/shop/pull/7#pullrequestreview-${review.id}`, comments: 2 });
    expect(server.reviews('octo', 'shop', 7)).toHaveLength(1);
    expect([review.event, review.commitId]).toEqual(['COMMENT', HEAD]);
    expect(review.comments.map((comment) => [comment.path, comment.line])).toEqual([
      ['app/jobs.py', 4],
      ['app/jobs.py', 9],
    ]);
    expect(review.comments[0].body).toContain('```suggestion\n    except Exception:\n```');
    expect(review.comments[1].body).toContain('```suggestion\n        logging.exception("ignored error")\n```');
    expect(plan.outsideDiff.map((outside) => outside.rule)).toEqual(['nested-loop']);
    expect(server.violations).toEqual([]);
  });

  it('posts nothing when no finding is on the diff', async () => {
    const result = await postReview(octokit, { owner: 'octo', repo: 'shop', pullNumber: 7, headSha: HEAD, comments: [], log: { info: () => {}, warning: () => {} } });
    expect(result).toEqual({ action: 'none' });
    expect(server.requests).toEqual([]);
  });

  it('falls back with one warning when the token may not review (a fork)', async () => {
    server.injectFault({ operation: 'pulls/create-review', status: 403, message: RESOURCE_NOT_ACCESSIBLE, times: Infinity });
    const plan = planReviewComments(findings, changes, () => JOBS_PY);
    const log = { info: () => {}, warning: (line: string) => warnings.push(line) };
    const result = await postReview(octokit, { owner: 'octo', repo: 'shop', pullNumber: 7, headSha: HEAD, comments: plan.comments, log });
    expect(result).toMatchObject({ action: 'forbidden' });
    expect(warnings).toEqual(['predator-guard: no inline review comments: the token may not review this pull request (a fork’s read-only token?); the findings stay in the PR comment.']);
    expect(server.reviews('octo', 'shop', 7)).toEqual([]);
  });

  it('the test GitHub refuses a comment off the diff, as GitHub does', async () => {
    const off = [{ path: 'app/jobs.py', line: 40, body: 'x' }];
    await expect(postReview(octokit, { owner: 'octo', repo: 'shop', pullNumber: 7, headSha: HEAD, comments: off, log: { info: () => {}, warning: () => {} } })).rejects.toMatchObject({ status: 422 });
    expect(server.violations).toEqual(['POST /repos/octo/shop/pulls/7/reviews: put a review comment on app/jobs.py:40, which is not a line of the diff']);
  });
});
