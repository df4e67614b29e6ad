import type { GitHubClient } from './octokit.js';

/** What the fork-safe publisher checks a saved report against: the pull request as GitHub has it now. */
export interface PullRequestEnds {
  number: number;
  headSha: string;
  /** `owner/repo` of the head branch's repository (a fork's for a fork pull request); undefined when it was deleted. */
  headRepository: string | undefined;
  baseRef: string;
  baseSha: string;
}

/** `GET /repos/{owner}/{repo}/pulls/{n}`, read at the moment of asking: the head moves with every push. */
export async function readPullRequest(octokit: GitHubClient, where: { owner: string; repo: string; pullNumber: number }): Promise<PullRequestEnds> {
  const { data } = await octokit.rest.pulls.get({ owner: where.owner, repo: where.repo, pull_number: where.pullNumber });
  return {
    number: data.number,
    headSha: data.head.sha,
    headRepository: data.head.repo?.full_name ?? undefined,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
  };
}

/** GitHub lists at most this many commits of a pull request. */
const LISTED_COMMITS = 250;

/**
 * The pull request's head now, and the order of its commits (oldest first, the newest 250 that GitHub lists), so a
 * run can tell whether a section in the comment is about a newer commit than its own.
 */
export async function readCurrentHead(octokit: GitHubClient, where: { owner: string; repo: string; pullNumber: number }): Promise<{ sha: string; order: (sha: string) => number | undefined }> {
  const { headSha } = await readPullRequest(octokit, where);
  const shas: string[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.pulls.listCommits, { owner: where.owner, repo: where.repo, pull_number: where.pullNumber, per_page: 100 });
  for await (const { data } of pages) {
    shas.push(...data.map((commit) => commit.sha));
    if (shas.length >= LISTED_COMMITS) break;
  }
  const places = new Map(shas.map((sha, index) => [sha, index]));
  // The head is the newest whatever the list says (a list cut at 250 may not reach it).
  places.set(headSha, Number.MAX_SAFE_INTEGER);
  return { sha: headSha, order: (sha) => places.get(sha) };
}
