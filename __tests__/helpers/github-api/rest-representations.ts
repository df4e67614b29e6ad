import { createHash } from 'node:crypto';
import type { GitHubOpenApi } from './openapi.js';
import type { Account, PullRequestEnds, PullRequestFileSeed, StoredCheckRun, StoredComment, StoredReview } from './github-state.js';

/**
 * Stored objects as GitHub's REST API shows them. Each starts from GitHub's own documented example of that answer
 * (so every field a client may read is there, shaped as GitHub shapes it) with the stored values written over it;
 * the server then checks each answer against the documented schema.
 */

type Json = Record<string, unknown>;

const WEB = 'https://github.com';

export class RestRepresentations {
  constructor(
    private readonly openapi: GitHubOpenApi,
    private readonly apiUrl: string,
  ) {}

  account(account: Account): Json {
    const user = this.openapi.example('post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201) as { user: Json };
    const web = account.type === 'Bot' ? `${WEB}/apps/${account.login.replace(/\[bot\]$/, '')}` : `${WEB}/${account.login}`;
    return {
      ...user.user,
      login: account.login,
      id: account.id,
      node_id: nodeId(account.type === 'Bot' ? 'BOT' : 'U', account.id),
      url: `${this.apiUrl}/users/${encodeURIComponent(account.login)}`,
      html_url: web,
      type: account.type,
    };
  }

  review(review: StoredReview): Json {
    const example = this.openapi.example('post', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 200) as Json;
    const repository = `${review.owner}/${review.repo}`;
    return {
      ...example,
      id: review.id,
      node_id: nodeId('PRR', review.id),
      user: this.account(review.author),
      body: review.body,
      state: review.event === 'APPROVE' ? 'APPROVED' : review.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : review.event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
      html_url: `${WEB}/${repository}/pull/${review.pullNumber}#pullrequestreview-${review.id}`,
      pull_request_url: `${this.apiUrl}/repos/${repository}/pulls/${review.pullNumber}`,
      commit_id: review.commitId,
      author_association: review.author.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    };
  }

  comment(comment: StoredComment): Json {
    const example = this.openapi.example('post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201) as Json;
    const repository = `${comment.owner}/${comment.repo}`;
    return {
      ...example,
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      url: `${this.apiUrl}/repos/${repository}/issues/comments/${comment.id}`,
      html_url: `${WEB}/${repository}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.apiUrl}/repos/${repository}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.account(comment.author),
      author_association: comment.author.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      minimized: comment.minimizedReason === null ? null : { reason: comment.minimizedReason },
    };
  }

  diffEntry(owner: string, repo: string, headSha: string, seed: PullRequestFileSeed): Json {
    const counted = lineCounts(seed.patch);
    const additions = seed.additions ?? counted.additions;
    const deletions = seed.deletions ?? counted.deletions;
    const blob = sha1(`${headSha}:${seed.filename}`);
    const entry: Json = {
      sha: blob,
      filename: seed.filename,
      status: seed.status ?? 'modified',
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${WEB}/${owner}/${repo}/blob/${headSha}/${encodeURI(seed.filename)}`,
      raw_url: `${WEB}/${owner}/${repo}/raw/${headSha}/${encodeURI(seed.filename)}`,
      contents_url: `${this.apiUrl}/repos/${owner}/${repo}/contents/${encodeURI(seed.filename)}?ref=${headSha}`,
    };
    if (seed.patch !== undefined) entry.patch = seed.patch;
    if (seed.previous_filename !== undefined) entry.previous_filename = seed.previous_filename;
    return entry;
  }

  checkRun(run: StoredCheckRun): Json {
    const example = this.openapi.example('post', '/repos/{owner}/{repo}/check-runs', 201, 'example-of-in-progress-conclusion') as Json;
    const self = `${this.apiUrl}/repos/${run.owner}/${run.repo}/check-runs/${run.id}`;
    return {
      ...example,
      id: run.id,
      node_id: nodeId('CR', run.id),
      head_sha: run.headSha,
      external_id: '',
      url: self,
      html_url: `${WEB}/${run.owner}/${run.repo}/runs/${run.id}`,
      details_url: `${WEB}/${run.owner}/${run.repo}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      name: run.name,
      output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${self}/annotations` },
      pull_requests: [],
    };
  }

  /** A pull request: GitHub's example with this one's number, head (SHA and repository) and base written over it. */
  pullRequest(owner: string, repo: string, number: number, ends: PullRequestEnds): Json {
    const example = this.openapi.example('get', '/repos/{owner}/{repo}/pulls/{pull_number}', 200) as Json & { head: Json & { repo: Json }; base: Json & { repo: Json } };
    const repository = (fullName: string, side: Json): Json => {
      const [login, name] = fullName.split('/');
      return { ...side, name, full_name: fullName, owner: { ...(side.owner as Json), login }, fork: fullName !== `${owner}/${repo}` };
    };
    return {
      ...example,
      number,
      url: `${this.apiUrl}/repos/${owner}/${repo}/pulls/${number}`,
      html_url: `${WEB}/${owner}/${repo}/pull/${number}`,
      // GitHub's example lists a team without the `type` its own schema requires; no reviewer is asked here.
      requested_teams: [],
      head: { ...example.head, sha: ends.headSha, repo: repository(ends.headRepository, example.head.repo) },
      base: { ...example.base, ref: ends.baseRef, sha: ends.baseSha, repo: repository(`${owner}/${repo}`, example.base.repo) },
    };
  }

  /** One commit of a pull request's commit list. */
  pullRequestCommit(owner: string, repo: string, sha: string): Json {
    const [example] = this.openapi.example('get', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', 200) as Json[];
    return {
      ...example,
      sha,
      node_id: nodeId('C', parseInt(sha.slice(0, 8), 16) || 1),
      url: `${this.apiUrl}/repos/${owner}/${repo}/commits/${sha}`,
      html_url: `${WEB}/${owner}/${repo}/commit/${sha}`,
      comments_url: `${this.apiUrl}/repos/${owner}/${repo}/commits/${sha}/comments`,
    };
  }

  /** GitHub wraps base64 content at 60 characters per line. */
  contentFile(owner: string, repo: string, ref: string, path: string, content: string): Json {
    const example = this.openapi.example('get', '/repos/{owner}/{repo}/contents/{path}', 200, 'response-if-content-is-a-file') as Json;
    const bytes = Buffer.from(content, 'utf8');
    const blob = sha1(`blob ${bytes.length}\0${content}`);
    const self = `${this.apiUrl}/repos/${owner}/${repo}/contents/${encodeURI(path)}?ref=${ref}`;
    const html = `${WEB}/${owner}/${repo}/blob/${ref}/${encodeURI(path)}`;
    const git = `${this.apiUrl}/repos/${owner}/${repo}/git/blobs/${blob}`;
    return {
      ...example,
      size: bytes.length,
      name: path.split('/').at(-1),
      path,
      content: `${(bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n')}\n`,
      sha: blob,
      url: self,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${encodeURI(path)}`,
      _links: { git, self, html },
    };
  }

  comparison(owner: string, repo: string, basehead: string, files: readonly PullRequestFileSeed[]): Json {
    const example = this.openapi.example('get', '/repos/{owner}/{repo}/compare/{basehead}', 200) as Json;
    const head = basehead.split('...').at(-1) ?? basehead;
    return {
      ...example,
      url: `${this.apiUrl}/repos/${owner}/${repo}/compare/${basehead}`,
      html_url: `${WEB}/${owner}/${repo}/compare/${basehead}`,
      permalink_url: `${WEB}/${owner}/${repo}/compare/${basehead}`,
      diff_url: `${WEB}/${owner}/${repo}/compare/${basehead}.diff`,
      patch_url: `${WEB}/${owner}/${repo}/compare/${basehead}.patch`,
      files: files.map((file) => this.diffEntry(owner, repo, head, file)),
    };
  }

  commit(owner: string, repo: string, sha: string, files: readonly PullRequestFileSeed[]): Json {
    const example = this.openapi.example('get', '/repos/{owner}/{repo}/commits/{ref}', 200) as Json;
    const entries = files.map((file) => this.diffEntry(owner, repo, sha, file));
    const additions = entries.reduce((sum, entry) => sum + Number(entry.additions), 0);
    const deletions = entries.reduce((sum, entry) => sum + Number(entry.deletions), 0);
    return {
      ...example,
      url: `${this.apiUrl}/repos/${owner}/${repo}/commits/${sha}`,
      sha,
      html_url: `${WEB}/${owner}/${repo}/commit/${sha}`,
      comments_url: `${this.apiUrl}/repos/${owner}/${repo}/commits/${sha}/comments`,
      stats: { additions, deletions, total: additions + deletions },
      files: entries,
    };
  }

  authenticatedUser(account: Account): Json {
    const example = this.openapi.example('get', '/user', 200, 'response-with-public-profile-information') as Json;
    return { ...example, ...this.account(account) };
  }
}

/** GitHub's error body: a message, the page documenting the endpoint, and the status as a string. */
export function errorBody(status: number, message: string, documentationUrl: string, errors?: (Json | string)[]): Json {
  return { message, ...(errors === undefined ? {} : { errors }), documentation_url: documentationUrl, status: String(status) };
}

function lineCounts(patch: string | undefined): { additions: number; deletions: number } {
  if (patch === undefined) return { additions: 0, deletions: 0 };
  const lines = patch.split('\n').filter((line) => !line.startsWith('@@'));
  return { additions: lines.filter((line) => line.startsWith('+')).length, deletions: lines.filter((line) => line.startsWith('-')).length };
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** GitHub's newer global ids: a type prefix, then an opaque base64url payload. */
function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`0:${id}`).toString('base64url')}`;
}
