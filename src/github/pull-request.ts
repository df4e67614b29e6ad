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
