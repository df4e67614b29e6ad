import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';
import { changeSetOfDiffEntries, listPullRequestFiles } from '../../src/github/pull-request-files.js';
import { startGitHubApiServer, type GitHubApiServer, type PullRequestFileSeed } from '../helpers/github-api-server.js';

let server: GitHubApiServer;
let octokit: GitHubClient;

beforeEach(async () => {
  server = await startGitHubApiServer();
  octokit = createGitHubClient({ token: server.token, apiUrl: server.url, log: { info: () => {}, warning: () => {} }, retryAfterBaseValue: 1, spaceWrites: false });
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

/** One hunk adding `added` lines after line `at` of a file. */
function addingPatch(at: number, added: number): string {
  const lines = Array.from({ length: added }, (_, index) => `+new line ${index + 1}`);
  return [`@@ -${at},1 +${at},${added + 1} @@ def f():`, ' context', ...lines].join('\n');
}

const fileList = (count: number): PullRequestFileSeed[] =>
  Array.from({ length: count }, (_, index) => ({ filename: `src/file_${String(index).padStart(4, '0')}.py`, status: 'modified', patch: addingPatch(10, 1) }));

describe('listPullRequestFiles', () => {
  it('reads every page of a pull request with more than 30 files', async () => {
    server.addPullRequest('octo', 'shop', 5, fileList(245));
    const { changeSet, warning } = await listPullRequestFiles(octokit, { owner: 'octo', repo: 'shop', pullNumber: 5 });
    expect(changeSet.files.size).toBe(245);
    expect(changeSet.wholeFiles).toBeUndefined();
    expect(warning).toBeUndefined();
    expect(changeSet.files.get('src/file_0244.py')).toEqual({ file: 'src/file_0244.py', status: 'modified', addedLines: new Set([11]) });
    expect(server.requests.map((request) => request.path.replace(/\/repositories\/\d+/, '/repositories/ID'))).toEqual([
      '/repos/octo/shop/pulls/5/files?per_page=100',
      '/repositories/ID/pulls/5/files?per_page=100&page=2',
      '/repositories/ID/pulls/5/files?per_page=100&page=3',
    ]);
  });

  it('takes added lines from each patch; a file whose patch GitHub left out counts as changed throughout', async () => {
    server.addPullRequest('octo', 'shop', 5, [
      { filename: 'app/orders.py', status: 'modified', patch: '@@ -7,2 +7,4 @@ def create_order(\n     for item in items:\n+        for tax in taxes:\n+            total += tax\n         pass' },
      { filename: 'app/generated.py', status: 'modified', additions: 40000, deletions: 2 },
      { filename: 'app/new.py', status: 'added', patch: '@@ -0,0 +1,2 @@\n+import os\n+print(os.sep)' },
    ]);
    const { changeSet } = await listPullRequestFiles(octokit, { owner: 'octo', repo: 'shop', pullNumber: 5 });
    expect([...changeSet.files.values()]).toEqual([
      { file: 'app/orders.py', status: 'modified', addedLines: new Set([8, 9]) },
      { file: 'app/generated.py', status: 'modified', addedLines: 'all' },
      { file: 'app/new.py', status: 'added', addedLines: new Set([1, 2]) },
    ]);
  });

  it('keeps a renamed file under its new name with its old one, and a removed file with nothing added', async () => {
    server.addPullRequest('octo', 'shop', 5, [
      { filename: 'lib/pricing.py', previous_filename: 'app/pricing.py', status: 'renamed', patch: '@@ -1,1 +1,2 @@\n import math\n+import decimal' },
      { filename: 'lib/moved.py', previous_filename: 'app/moved.py', status: 'renamed' },
      { filename: 'app/legacy.py', status: 'removed', patch: '@@ -1,2 +0,0 @@\n-import os\n-print(os.sep)' },
      { filename: 'bin/run.sh', status: 'changed' },
    ]);
    const { changeSet } = await listPullRequestFiles(octokit, { owner: 'octo', repo: 'shop', pullNumber: 5 });
    expect([...changeSet.files.values()]).toEqual([
      { file: 'lib/pricing.py', status: 'renamed', previousFile: 'app/pricing.py', addedLines: new Set([2]) },
      { file: 'lib/moved.py', status: 'renamed', previousFile: 'app/moved.py', addedLines: new Set() },
      { file: 'app/legacy.py', status: 'removed', addedLines: new Set() },
      { file: 'bin/run.sh', status: 'changed', addedLines: new Set() },
    ]);
  });

  it('marks a list cut at GitHub’s 3,000 files as whole-file and warns; 2,999 files are a complete list', async () => {
    server.addPullRequest('octo', 'shop', 5, fileList(3200));
    const cut = await listPullRequestFiles(octokit, { owner: 'octo', repo: 'shop', pullNumber: 5, changedFiles: 3200 });
    expect(cut.changeSet.files.size).toBe(3000);
    expect(cut.changeSet.wholeFiles).toBe(true);
    expect(cut.warning).toBe(
      'Pull request #5 changes 3200 files, and GitHub lists only the first 3000: every file is reviewed whole (file mode). ' +
        'Split the pull request to get findings on added lines only.',
    );
    expect(server.requests).toHaveLength(30);

    server.addPullRequest('octo', 'shop', 6, fileList(2999));
    const complete = await listPullRequestFiles(octokit, { owner: 'octo', repo: 'shop', pullNumber: 6, changedFiles: 2999 });
    expect(complete.changeSet.wholeFiles).toBeUndefined();
    expect(complete.warning).toBeUndefined();
  });

  it('treats exactly 3,000 listed files as possibly cut when the event did not say how many changed', async () => {
    server.addPullRequest('octo', 'shop', 5, fileList(3000));
    const { changeSet, warning } = await listPullRequestFiles(octokit, { owner: 'octo', repo: 'shop', pullNumber: 5 });
    expect(changeSet.wholeFiles).toBe(true);
    expect(warning).toMatch(/^Pull request #5 changes more than 3000 files, and GitHub lists only the first 3000:/);
  });
});

describe('changeSetOfDiffEntries', () => {
  it('reads a comparison’s files the same way, leaving out entries GitHub marks unchanged', async () => {
    server.setComparison('octo', 'shop', 'c0ffee1...deadbee', [
      { filename: 'app/a.py', status: 'modified', patch: '@@ -1,1 +1,2 @@\n x = 1\n+y = 2' },
      { filename: 'app/b.py', status: 'unchanged' },
    ]);
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner: 'octo', repo: 'shop', basehead: 'c0ffee1...deadbee' });
    const changeSet = changeSetOfDiffEntries(data.files ?? []);
    expect([...changeSet.files.values()]).toEqual([{ file: 'app/a.py', status: 'modified', addedLines: new Set([2]) }]);
  });
});
