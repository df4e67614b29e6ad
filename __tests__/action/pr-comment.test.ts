import { writeCommentSections } from '../../src/action/pr-comment.js';
import type { Finding } from '../../src/core/finding.js';
import { COMMENT_BODY_LIMIT } from '../../src/render/comment/comment-body.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/octokit.js';
import type { StickyCommentResult } from '../../src/github/sticky-comment.js';
import { startGitHubApiServer, type GitHubApiServer, type TokenIdentity } from '../helpers/github-api-server.js';
import { finding, reportOf } from '../render/sample-report.js';
import { completedRun } from '../helpers/run-stats.js';

const FIRST_PUSH = 'aaaaaaa1111111111111111111111111111111111';
const SECOND_PUSH = 'bbbbbbb2222222222222222222222222222222222';
const BOT = 'github-actions[bot]';

let server: GitHubApiServer;
let octokit: GitHubClient;
let logged: string[];
/** The pull request's head commit on the server. */
let head: string | undefined;

async function startWith(identity?: TokenIdentity): Promise<void> {
  server = await startGitHubApiServer({ identity });
  logged = [];
  octokit = createGitHubClient({
    token: server.token,
    apiUrl: server.url,
    log: { info: (line) => logged.push(`info: ${line}`), warning: (line) => logged.push(`warning: ${line}`) },
    retryAfterBaseValue: 1,
    spaceWrites: false,
  });
  server.addPullRequest('octo', 'shop', 12);
  head = undefined;
}

// The loopback GitHub compiles each operation's schemas on first use, once per test file. A write waits a few of
// the slowest round trips before reading back, so one write first keeps that compilation out of every test's wait.
beforeAll(async () => {
  await startWith();
  server.pushToPullRequest('octo', 'shop', 12, FIRST_PUSH);
  await writeCommentSections(octokit, { owner: 'octo', repo: 'shop', pullNumber: 12, headSha: FIRST_PUSH, tag: 'warm-up', report: reportOf([], { runs: [completedRun('review')] }), log: { info: () => {}, warning: () => {} } });
  await writeCommentSections(octokit, { owner: 'octo', repo: 'shop', pullNumber: 12, headSha: FIRST_PUSH, tag: 'warm-up', report: reportOf([warning(1)], { runs: [completedRun('review')] }), log: { info: () => {}, warning: () => {} } });
  await server.close();
});

beforeEach(() => startWith());

afterEach(async () => {
  expect(server.violations).toEqual([]);
  expect(server.tokenLeaks()).toEqual([]);
  expect(logged.filter((line) => line.includes(server.token))).toEqual([]);
  await server.close();
});

const warning = (line: number, file = 'app/orders.py') =>
  finding({ rule: 'bare-except', category: 'antipattern', message: `Bare 'except:' at line ${line}.`, file, line });

/**
 * One analyzer's run publishing its section the way the action does (writeCommentSections, the comment's live
 * path), into whatever comment the tag keys. A run is about the pull request's head, so its commit is pushed first
 * when it is not the head yet.
 */
async function publish(client: GitHubClient, analyzer: 'review' | 'rollout', headSha: string, findings: Finding[], options: { tag?: string; summaryUrl?: string } = {}): Promise<StickyCommentResult> {
  if (head !== headSha) {
    server.pushToPullRequest('octo', 'shop', 12, headSha);
    head = headSha;
  }
  const result = await writeCommentSections(client, {
    owner: 'octo',
    repo: 'shop',
    pullNumber: 12,
    headSha,
    tag: options.tag ?? 'predator-guard',
    report: reportOf(findings, { runs: [completedRun(analyzer)] }),
    linkBase: `https://github.com/octo/shop/blob/${headSha}/`,
    summaryUrl: options.summaryUrl,
    log: { info: (line) => logged.push(`info: ${line}`), warning: (line) => logged.push(`warning: ${line}`) },
    // No jitter on the pause before the read-back: one run at a time meets no other run to step apart from.
    random: () => 0,
  });
  return result!;
}

const operations = () => server.requests.map((request) => `${request.operation} ${request.status}`);

describe('the pull-request comment (writeCommentSections)', () => {
  it('creates the comment on the first run and updates that same comment on the next push', async () => {
    const first = await publish(octokit, 'review', FIRST_PUSH, [warning(3), warning(9)]);
    const [created] = server.comments('octo', 'shop', 12);
    const url = `https://github.com/octo/shop/pull/12#issuecomment-${created.id}`;
    expect(first).toEqual({ action: 'created', url });
    expect(created.author.login).toBe(BOT);
    expect(created.body).toBe(
      [
        '<!-- predator-guard:v1 key=predator-guard -->',
        '',
        '## predator-guard',
        '',
        '| section | errors | warnings | notices | gate | commit |',
        '|:--|--:|--:|--:|:--|:--|',
        '| review | 0 | 2 | 0 | ✅ passed | `aaaaaaa` |',
        '',
        `<!-- predator-guard:section=review sha=${FIRST_PUSH} counts=0/2/0 gate=passed -->`,
        '### review',
        '',
        '#### Antipattern (2)',
        '',
        '**`bare-except`** (2)',
        '',
        `- ⚠️ **warning** · [app/orders.py:3](https://github.com/octo/shop/blob/${FIRST_PUSH}/app/orders.py#L3) — Bare 'except:' at line 3.`,
        `- ⚠️ **warning** · [app/orders.py:9](https://github.com/octo/shop/blob/${FIRST_PUSH}/app/orders.py#L9) — Bare 'except:' at line 9.`,
        '<!-- /predator-guard:section=review -->',
      ].join('\n'),
    );

    const second = await publish(octokit, 'review', SECOND_PUSH, []);
    const comments = server.comments('octo', 'shop', 12);
    expect(comments.map((comment) => comment.id)).toEqual([created.id]);
    expect(second).toEqual({ action: 'updated', url });
    expect(comments[0].body).toBe(
      [
        '<!-- predator-guard:v1 key=predator-guard -->',
        '',
        '## predator-guard',
        '',
        '| section | errors | warnings | notices | gate | commit |',
        '|:--|--:|--:|--:|:--|:--|',
        '| review | 0 | 0 | 0 | ✅ passed | `bbbbbbb` |',
        '',
        `<!-- predator-guard:section=review sha=${SECOND_PUSH} counts=0/0/0 gate=passed -->`,
        '### ✅ review: no findings',
        '',
        '✅ 2 findings fixed since aaaaaaa.',
        '<!-- /predator-guard:section=review -->',
      ].join('\n'),
    );
    expect(operations().filter((operation) => operation.startsWith('issues/'))).toEqual(['issues/create-comment 201', 'issues/update-comment 200']);
  });

  it('leaves the comment alone when a re-run would write the same body', async () => {
    await publish(octokit, 'review', FIRST_PUSH, [warning(3)]);
    const rerun = await publish(octokit, 'review', FIRST_PUSH, [warning(3)]);
    const [comment] = server.comments('octo', 'shop', 12);
    expect(rerun).toEqual({ action: 'unchanged', url: `https://github.com/octo/shop/pull/12#issuecomment-${comment.id}` });
    expect(operations().filter((operation) => operation.startsWith('issues/'))).toEqual(['issues/create-comment 201']);
  });

  it('shares one comment between a review job and a later rollout job, each rewriting only its own section', async () => {
    await publish(octokit, 'review', FIRST_PUSH, [warning(3)]);
    const rolloutJob = createGitHubClient({ token: server.token, apiUrl: server.url, log: { info: () => {}, warning: () => {} }, retryAfterBaseValue: 1, spaceWrites: false });
    const rollout = finding({ analyzer: 'rollout', rule: 'canary-error-rate', category: 'release', severity: 'error', message: 'Canary error rate 2.4% exceeds the stable 0.3%.' });
    expect((await publish(rolloutJob, 'rollout', FIRST_PUSH, [rollout])).action).toBe('updated');
    const [shared] = server.comments('octo', 'shop', 12);
    expect(server.comments('octo', 'shop', 12)).toHaveLength(1);
    expect(shared.body.match(/<!-- predator-guard:section=\w+ sha=\w+ counts=[\d/]+ gate=\w+ -->/g)).toEqual([
      `<!-- predator-guard:section=review sha=${FIRST_PUSH} counts=0/1/0 gate=passed -->`,
      `<!-- predator-guard:section=rollout sha=${FIRST_PUSH} counts=1/0/0 gate=failed -->`,
    ]);
    expect(shared.body).toContain('### rollout\n\n#### Release (1)');
    expect(shared.body).toContain("app/orders.py:3](https://github.com/octo/shop/blob/aaaaaaa1111111111111111111111111111111111/app/orders.py#L3) — Bare 'except:' at line 3.");

    await publish(octokit, 'review', SECOND_PUSH, [warning(3)]);
    const [afterPush] = server.comments('octo', 'shop', 12);
    expect(afterPush.body).toContain(
      `<!-- predator-guard:section=rollout sha=${FIRST_PUSH} counts=1/0/0 gate=failed -->\n### rollout\n\n> ⚠️ Stale: from aaaaaaa, not the current head bbbbbbb.\n\n#### Release (1)`,
    );
    expect(afterPush.body.match(/⚠️ Stale:/g)).toHaveLength(1);
    expect(afterPush.body).toContain('| rollout | 1 | 0 | 0 | ❌ failed | `aaaaaaa` ⚠️ stale |');
  });

  it('finds its comment on page 3 of 250, past a minimized copy of its own and another user’s copy of the marker', async () => {
    const marker = '<!-- predator-guard:v1 key=predator-guard -->';
    const stale = `${marker}\n\n<!-- predator-guard:section=review sha=${FIRST_PUSH} counts=0/1/0 -->\nold\n<!-- /predator-guard:section=review -->`;
    const seeded = [];
    for (let index = 0; index < 250; index += 1) {
      if (index === 4) seeded.push(server.addComment('octo', 'shop', 12, { body: `${marker}\nI copied your marker`, author: 'mona' }));
      else if (index === 9) seeded.push(server.addComment('octo', 'shop', 12, { body: stale, author: BOT, minimizedReason: 'outdated' }));
      else if (index === 221) seeded.push(server.addComment('octo', 'shop', 12, { body: stale, author: BOT }));
      else seeded.push(server.addComment('octo', 'shop', 12, { body: `comment ${index}`, author: index % 2 === 0 ? 'mona' : 'hubot' }));
    }
    const before = seeded.map((comment) => comment.body);

    const result = await publish(octokit, 'review', SECOND_PUSH, []);
    expect(result).toEqual({ action: 'updated', url: `https://github.com/octo/shop/pull/12#issuecomment-${seeded[221].id}` });
    const after = server.comments('octo', 'shop', 12);
    expect(after).toHaveLength(250);
    expect(after.map((comment, index) => (comment.body === before[index] ? 'same' : index)).filter((item) => item !== 'same')).toEqual([221]);
    expect(after[221].body).toContain('✅ 1 finding fixed since aaaaaaa.');
    // The token's login, the head, three pages of comments, the write, and the read-back of all three pages.
    expect(operations()).toEqual([
      'graphql 200',
      'pulls/get 200',
      'pulls/list-commits 200',
      ...['graphql 200', 'graphql 200', 'graphql 200'],
      'issues/update-comment 200',
      ...['graphql 200', 'graphql 200', 'graphql 200'],
    ]);
  });

  it('falls back to REST when GraphQL does not answer, still skipping minimized copies and other users’ markers', async () => {
    server.injectFault({ operation: 'graphql', status: 404, message: 'Not Found', times: Infinity });
    const marker = '<!-- predator-guard:v1 key=predator-guard -->';
    const seeded = [];
    for (let index = 0; index < 250; index += 1) {
      if (index === 1) seeded.push(server.addComment('octo', 'shop', 12, { body: `${marker}\nmine now`, author: 'mona' }));
      else if (index === 2) seeded.push(server.addComment('octo', 'shop', 12, { body: `${marker}\nhidden`, author: BOT, minimizedReason: 'outdated' }));
      else if (index === 230) seeded.push(server.addComment('octo', 'shop', 12, { body: `${marker}\nours`, author: BOT }));
      else seeded.push(server.addComment('octo', 'shop', 12, { body: `comment ${index}`, author: 'mona' }));
    }
    const result = await publish(octokit, 'review', FIRST_PUSH, [warning(3)]);
    expect(result.action).toBe('updated');
    expect(server.comments('octo', 'shop', 12)[230].body).toContain(`<!-- predator-guard:section=review sha=${FIRST_PUSH} counts=0/1/0 gate=passed -->`);
    expect(server.comments('octo', 'shop', 12)[1].body).toBe(`${marker}\nmine now`);
    expect(server.comments('octo', 'shop', 12)[2].body).toBe(`${marker}\nhidden`);
    expect(operations()).toEqual([
      'graphql 404',
      'pulls/get 200',
      'pulls/list-commits 200',
      ...['graphql 404', 'issues/list-comments 200', 'issues/list-comments 200', 'issues/list-comments 200'],
      'issues/update-comment 200',
      ...['graphql 404', 'issues/list-comments 200', 'issues/list-comments 200', 'issues/list-comments 200'],
    ]);
    expect(logged).toEqual([
      `info: GitHub's GraphQL viewer did not answer (Not Found - https://docs.github.com/graphql); taking the comment author to be ${BOT}.`,
      // Once for the listing before the write, once for the read-back after it.
      "info: Listing comments through GitHub's GraphQL API failed (Not Found - https://docs.github.com/graphql); listing them through REST.",
      "info: Listing comments through GitHub's GraphQL API failed (Not Found - https://docs.github.com/graphql); listing them through REST.",
    ]);
  });

  it('with a personal token, owns only the comments that user wrote', async () => {
    await server.close();
    await startWith({ kind: 'user', login: 'mona' });
    const marker = '<!-- predator-guard:v1 key=predator-guard -->';
    const botComment = server.addComment('octo', 'shop', 12, { body: `${marker}\nthe default token's`, author: BOT });
    const result = await publish(octokit, 'review', FIRST_PUSH, [warning(3)]);
    expect(result.action).toBe('created');
    const comments = server.comments('octo', 'shop', 12);
    expect(comments.map((comment) => comment.author.login)).toEqual([BOT, 'mona']);
    expect(comments[0].body).toBe(botComment.body);
    expect((await publish(octokit, 'review', SECOND_PUSH, [])).action).toBe('updated');
    expect(server.comments('octo', 'shop', 12)).toHaveLength(2);
  });

  it('keeps separate comments for separate tags', async () => {
    await publish(octokit, 'review', FIRST_PUSH, [warning(3)], { tag: 'backend' });
    await publish(octokit, 'review', FIRST_PUSH, [warning(5)], { tag: 'frontend' });
    await publish(octokit, 'review', SECOND_PUSH, [], { tag: 'backend' });
    const comments = server.comments('octo', 'shop', 12);
    expect(comments.map((comment) => comment.body.split('\n')[0])).toEqual([
      '<!-- predator-guard:v1 key=backend -->',
      '<!-- predator-guard:v1 key=frontend -->',
    ]);
    expect(comments[0].body).toContain('✅ 1 finding fixed since aaaaaaa.');
    expect(comments[1].body).toContain(`sha=${FIRST_PUSH} counts=0/1/0`);
  });

  it('reports a fork’s read-only token as forbidden with one warning and no throw, on create and on update', async () => {
    server.forbidCommentWrites();
    const created = await publish(octokit, 'review', FIRST_PUSH, [warning(3)]);
    expect(created).toEqual({ action: 'forbidden', reason: 'Resource not accessible by integration - https://docs.github.com/rest/issues/comments#create-an-issue-comment' });
    expect(server.comments('octo', 'shop', 12)).toEqual([]);
    expect(logged).toEqual([
      'warning: predator-guard could not write its comment on #12: GitHub answered 403 (Resource not accessible by integration - ' +
        'https://docs.github.com/rest/issues/comments#create-an-issue-comment). A pull request from a fork gets a read-only token; ' +
        'the job summary, annotations and outputs still carry the findings. To comment on fork pull requests, post the report ' +
        'from a workflow_run job, or grant `pull-requests: write` where the token allows it.',
    ]);
    expect(operations().filter((operation) => operation.startsWith('issues/'))).toEqual(['issues/create-comment 403']);

    logged.length = 0;
    const existing = server.addComment('octo', 'shop', 12, { body: '<!-- predator-guard:v1 key=predator-guard -->\n', author: BOT });
    const updated = await publish(octokit, 'review', SECOND_PUSH, []);
    expect(updated.action).toBe('forbidden');
    expect(logged.filter((line) => line.startsWith('warning:'))).toHaveLength(1);
    expect(server.comments('octo', 'shop', 12)[0].body).toBe(existing.body);
  });

  it('lets any other failure throw, for the caller to report', async () => {
    server.injectFault({ operation: 'issues/create-comment', status: 404, message: 'Not Found' });
    await expect(publish(octokit, 'review', FIRST_PUSH, [warning(3)])).rejects.toMatchObject({ status: 404 });
  });

  it('retries a 5xx answer and then writes', async () => {
    server.injectFault({ operation: 'issues/create-comment', status: 502, message: 'Server Error' });
    const result = await publish(octokit, 'review', FIRST_PUSH, [warning(3)]);
    expect(result.action).toBe('created');
    expect(server.comments('octo', 'shop', 12)).toHaveLength(1);
    expect(operations().filter((operation) => operation.startsWith('issues/'))).toEqual(['issues/create-comment 502', 'issues/create-comment 201']);
  });

  it('caps a findings list too big for one comment at 65,536 characters, with a tail pointing to the job summary', async () => {
    const findings = Array.from({ length: 1500 }, (_, index) => warning(index + 1, `src/module_${String(index).padStart(4, '0')}.py`));
    const summaryUrl = 'https://github.com/octo/shop/actions/runs/77';
    expect((await publish(octokit, 'review', FIRST_PUSH, findings, { summaryUrl })).action).toBe('created');
    const [comment] = server.comments('octo', 'shop', 12);
    expect([...comment.body].length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    const shown = comment.body.split('\n').filter((line) => line.startsWith('- ⚠️ **warning** · [')).length;
    expect(shown).toBeGreaterThan(100);
    expect(comment.body).toContain(`counts=0/1500/0 gate=passed -->`);
    expect(comment.body).toContain(
      `> ✂️ ${1500 - shown} more findings not shown here (a comment holds at most 65,536 characters): see [the job summary](${summaryUrl}).\n<!-- /predator-guard:section=review -->`,
    );
  });
});
