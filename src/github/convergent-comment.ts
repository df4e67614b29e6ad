import type { CurrentHead } from '../render/comment/section-precedence.js';
import { isPermissionDenied, type GitHubClient } from './octokit.js';
import { findComments, tokenLogin, type CommentLookup, type StickyCommentResult } from './sticky-comment.js';

export interface ConvergentComment extends CommentLookup {
  /** The body with this run's sections written into `existing` (undefined for a new comment), for the head read now. */
  bodyFor: (existing: string | undefined, head: CurrentHead) => string;
  /** Whether a body read back holds this run's sections: its own, or newer ones it must not replace. */
  holds: (body: string, head: CurrentHead) => boolean;
  /** The pull request's head and commit order, read afresh before every write and read-back. */
  readHead: () => Promise<CurrentHead>;
  /** Writes after the first when a read-back shows another run's write interleaved (default 6). */
  retries?: number;
  /** Jitter source (Math.random); tests pass a seeded one. */
  random?: () => number;
}

const DEFAULT_RETRIES = 6;
/** The pause before a read-back, at least this, at most the longest. */
const SHORTEST_SETTLE_MS = 20;
const LONGEST_SETTLE_MS = 10_000;

/**
 * Keeps the pull request's one comment holding this run's sections while other runs write it too. GitHub has no
 * conditional update for comments, so this cannot lock; it converges instead:
 *
 * - every write goes to the **earliest** of our comments, so two runs that both created one end up in one: the later
 *   merges its sections into the earliest (by writing them there) and deletes its own;
 * - every write is followed by a **read-back**, after a pause of a few of the slowest round trips seen (so a run that
 *   read the comment before this write has written by then), with jitter so two runs do not keep colliding;
 * - when the read-back lacks this run's sections (another run wrote from an older copy), it writes them again, a
 *   bounded number of times. Which result a section keeps when runs are out of order is `bodyFor`'s to decide,
 *   from the head it is given (render/comment/section-precedence.ts).
 */
export async function convergeComment(octokit: GitHubClient, comment: ConvergentComment): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, log } = comment;
  const random = comment.random ?? Math.random;
  const retries = comment.retries ?? DEFAULT_RETRIES;
  let slowest = 0;
  const timed = async <T>(request: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await request();
    } finally {
      slowest = Math.max(slowest, performance.now() - started);
    }
  };
  const author = await tokenLogin(octokit, log);
  const ours = () => timed(() => findComments(octokit, comment, author));
  /** A comment this run created and has not merged into the earliest yet. */
  let created: number | undefined;
  let action: 'created' | 'updated' | 'unchanged' = 'unchanged';
  let url = '';
  try {
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      // This attempt's round trips measure how long another run's read-then-write takes now.
      slowest = 0;
      const head = await timed(() => comment.readHead());
      const [earliest] = await ours();
      if (earliest === undefined) {
        const { data } = await timed(() => octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: comment.bodyFor(undefined, head) }));
        created = data.id;
        action = 'created';
        url = data.html_url;
      } else {
        const current = normalize(earliest.body);
        const body = comment.bodyFor(current, head);
        if (body !== current) {
          await timed(() => octokit.rest.issues.updateComment({ owner, repo, comment_id: earliest.id, body }));
          if (action === 'unchanged') action = 'updated';
        }
        url = earliest.url;
        if (created !== undefined && created !== earliest.id) {
          // Another run created the comment first: this run's sections are in it now, so its own copy goes.
          await timed(() => octokit.rest.issues.deleteComment({ owner, repo, comment_id: created! }));
          log.info(`Another run created the predator-guard comment on #${issueNumber} at the same time; merged into it and deleted the copy.`);
          created = undefined;
        }
      }
      await sleep(settleMs(slowest, random));
      // The head read before the write is good enough here: a section about a commit pushed since is unknown to it,
      // so this run writes once more, reading the head afresh, and then keeps that newer section.
      const back = await ours();
      const ownCopyLeft = created !== undefined && back.length > 1 && back[0].id !== created;
      if (back.length > 0 && !ownCopyLeft && comment.holds(normalize(back[0].body), head)) return { action, url: back[0].url };
      if (attempt < retries) log.info(`Another run wrote the predator-guard comment on #${issueNumber} at the same time; writing this run's sections again (${attempt + 2} of ${retries + 1}).`);
    }
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    log.warning(
      `predator-guard could not write its comment on #${issueNumber}: GitHub answered 403 (${reason}). ` +
        'A pull request from a fork gets a read-only token; the job summary, annotations and outputs still carry the ' +
        'findings. To comment on fork pull requests, post the report from a workflow_run job, or grant ' +
        '`pull-requests: write` where the token allows it.',
    );
    return { action: 'forbidden', reason };
  }
  log.warning(
    `predator-guard wrote its sections to the comment on #${issueNumber} ${retries + 1} times and other runs kept writing over them; ` +
      'the comment may not show this run. A workflow `concurrency:` group per pull request orders the runs (docs/pr-comment.md).',
  );
  return { action, url };
}

/** A few of the slowest round trips seen, with jitter: long enough for a run that read before our write to write. */
function settleMs(slowest: number, random: () => number): number {
  const base = Math.min(LONGEST_SETTLE_MS, Math.max(SHORTEST_SETTLE_MS, 2 * slowest));
  return base + random() * base;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** GitHub may hand bodies back with CRLF line ends. */
function normalize(body: string): string {
  return body.replace(/\r\n/g, '\n');
}
