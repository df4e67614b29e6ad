import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';
import { ourReviewThreads, resolveThreads } from '../../src/github/review-threads.js';
import { parseReviewMarker } from '../../src/render/review-comments/review-marker.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';

const PATCH = '@@ -1,1 +1,3 @@\n def run(job):\n+    try:\n+        job()';
const BOT = 'github-actions[bot]';
const marked = (key: string, section = 'review') => `🛑 **error** \`empty-catch\` — x\n\n<!-- predator-guard:finding=${key} section=${section} -->`;

let server: GitHubApiServer;
let octokit: GitHubClient;
let infos: string[];
let warnings: string[];
const log = { info: (line: string) => infos.push(line), warning: (line: string) => warnings.push(line) };

beforeEach(async () => {
  server = await startGitHubApiServer();
  infos = [];
  warnings = [];
  octokit = createGitHubClient({ token: server.token, apiUrl: server.url, log, retryAfterBaseValue: 1, spaceWrites: false });
  server.addPullRequest('octo', 'shop', 7, [{ filename: 'app/jobs.py', status: 'modified', patch: PATCH }]);
});

afterEach(async () => {
  expect(server.tokenLeaks()).toEqual([]);
  await server.close();
});

const lookup = { owner: 'octo', repo: 'shop', pullNumber: 7, markerOf: parseReviewMarker, log: { info: () => {}, warning: () => {} } };

describe('our review threads', () => {
  it('lists the threads our comments opened through every page of GraphQL, with their markers, and no one else’s', async () => {
    for (let index = 0; index < 120; index += 1) {
      server.addReviewThread('octo', 'shop', 7, { path: 'app/jobs.py', line: 2, author: BOT, body: marked(index.toString(16).padStart(32, '0')) });
    }
    server.addReviewThread('octo', 'shop', 7, { path: 'app/jobs.py', line: 3, author: 'octocat', body: marked('f'.repeat(32)) });
    server.addReviewThread('octo', 'shop', 7, { path: 'app/jobs.py', line: 3, author: BOT, body: 'no marker' });
    const threads = await ourReviewThreads(octokit, lookup);
    expect(threads).toHaveLength(120);
    expect(threads?.[119]).toEqual({ id: expect.stringMatching(/^PRRT_/), isResolved: false, marker: { key: (119).toString(16).padStart(32, '0'), section: 'review' } });
    expect(server.requests.filter((request) => request.operation === 'graphql')).toHaveLength(3);
    expect(server.violations).toEqual([]);
  });

  it('resolves threads with resolveReviewThread, as the token’s identity', async () => {
    const thread = server.addReviewThread('octo', 'shop', 7, { path: 'app/jobs.py', line: 2, author: BOT, body: marked('a'.repeat(32)) });
    const [listed] = (await ourReviewThreads(octokit, lookup)) ?? [];
    expect(await resolveThreads(octokit, [listed.id], log)).toBe(1);
    expect([thread.isResolved, thread.resolvedBy?.login]).toEqual([true, BOT]);
    expect((await ourReviewThreads(octokit, lookup))?.[0].isResolved).toBe(true);
    expect(warnings).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('stops at the first refusal of a read-only token, with one warning', async () => {
    const threads = ['a', 'b'].map((key) => server.addReviewThread('octo', 'shop', 7, { path: 'app/jobs.py', line: 2, author: BOT, body: marked(key.repeat(32)) }));
    const listed = (await ourReviewThreads(octokit, lookup)) ?? [];
    server.forbidReviewWrites();
    expect(await resolveThreads(octokit, listed.map((thread) => thread.id), log)).toBe(0);
    expect(warnings).toEqual(['predator-guard: could not resolve the review threads of fixed findings: the token may not (a fork’s read-only token?).']);
    expect(threads.map((thread) => thread.isResolved)).toEqual([false, false]);
    expect(server.requests.filter((request) => request.operation === 'graphql')).toHaveLength(3);
  });

  it('warns for a thread GitHub no longer has and goes on with the rest', async () => {
    const thread = server.addReviewThread('octo', 'shop', 7, { path: 'app/jobs.py', line: 2, author: BOT, body: marked('a'.repeat(32)) });
    const [listed] = (await ourReviewThreads(octokit, lookup)) ?? [];
    expect(await resolveThreads(octokit, ['PRRT_bm90LWEtdGhyZWFk', listed.id], log)).toBe(1);
    expect(warnings).toEqual(["predator-guard: could not resolve a review thread of a fixed finding (Request failed due to following response errors:\n - Could not resolve to a node with the global id of 'PRRT_bm90LWEtdGhyZWFk')."]);
    expect(thread.isResolved).toBe(true);
  });

  it('answers undefined, with one line in the log, when GraphQL does not answer', async () => {
    server.injectFault({ operation: 'graphql', status: 502, times: Infinity });
    expect(await ourReviewThreads(octokit, { ...lookup, log })).toBeUndefined();
    expect(infos.at(-1)).toMatch(/^Listing the review threads through GitHub's GraphQL API failed \(.+\); earlier inline comments are neither skipped nor resolved this run\.$/);
  });
});
