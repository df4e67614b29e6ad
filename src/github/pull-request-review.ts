import type { InlineComment } from '../render/review-comments/review-comments.js';
import { isPermissionDenied, type GitHubClient, type GitHubLog } from './octokit.js';

export interface ReviewPublication {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The commit the comments' lines belong to: GitHub places them on this commit's diff. */
  headSha: string;
  comments: readonly InlineComment[];
  log: GitHubLog;
}

export type ReviewResult = { action: 'posted'; id: number; url: string; comments: number } | { action: 'none' } | { action: 'forbidden'; reason: string };

/**
 * The inline comments as one pull-request review (event COMMENT: it neither approves nor blocks), so the pull
 * request gets one notification rather than one per finding. A token that may not review (a fork's read-only
 * token) gives `forbidden` and one warning: the findings are still in the sticky comment.
 */
export async function postReview(octokit: GitHubClient, publication: ReviewPublication): Promise<ReviewResult> {
  const { owner, repo, pullNumber, headSha, comments, log } = publication;
  if (comments.length === 0) return { action: 'none' };
  try {
    const { data } = await octokit.rest.pulls.createReview({
      owner,
      repo,
      pull_number: pullNumber,
      commit_id: headSha,
      event: 'COMMENT',
      comments: comments.map((comment) => ({
        path: comment.path,
        line: comment.line,
        side: 'RIGHT' as const,
        ...(comment.startLine === undefined ? {} : { start_line: comment.startLine, start_side: 'RIGHT' as const }),
        body: comment.body,
      })),
    });
    return { action: 'posted', id: data.id, url: data.html_url, comments: comments.length };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    const reason = 'the token may not review this pull request (a fork’s read-only token?); the findings stay in the PR comment';
    log.warning(`predator-guard: no inline review comments: ${reason}.`);
    return { action: 'forbidden', reason };
  }
}
