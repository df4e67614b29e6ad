/**
 * What the test GitHub holds: repositories with their pull requests' files, issue comments (with authors and
 * minimized flags), check runs with their annotations, file contents per ref and comparisons. Data and its changes
 * only; how it is shown over REST and GraphQL lives beside it.
 */

export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** The workflow's default token acts as this app bot; REST names it with `[bot]`, GraphQL's `author` without. */
export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  author: Account;
  createdAt: string;
  updatedAt: string;
  /** Why the comment is hidden (`outdated`, `resolved`, `duplicate`, …), or null when it is shown. */
  minimizedReason: string | null;
}

/** A pull-request review as submitted: its inline comments on lines of the new file. */
export interface StoredReview {
  id: number;
  owner: string;
  repo: string;
  pullNumber: number;
  commitId: string;
  event: string;
  body: string;
  author: Account;
  comments: { path: string; line: number; startLine?: number; body: string }[];
}

/**
 * A review comment's conversation on GitHub: each inline comment of a review opens one, and it is resolved (by
 * the `resolveReviewThread` mutation) as a whole.
 */
export interface StoredReviewThread {
  id: number;
  owner: string;
  repo: string;
  pullNumber: number;
  path: string;
  line: number;
  isResolved: boolean;
  resolvedBy: Account | null;
  /** Oldest first: the comment that opened the thread, then the replies. */
  comments: { id: number; body: string; author: Account }[];
}

export interface PullRequestFileSeed {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Left out, as GitHub leaves it out for large and binary diffs, when undefined. */
  patch?: string;
  previous_filename?: string;
  /** Counted from `patch` unless given; give them for a file whose patch GitHub left out. */
  additions?: number;
  deletions?: number;
}

export interface StoredAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: string;
  message: string;
  title?: string;
  raw_details?: string;
}

export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: StoredAnnotation[];
}

/** A pull request's two ends, as `GET /repos/{owner}/{repo}/pulls/{n}` shows them. */
export interface PullRequestEnds {
  headSha: string;
  /** `owner/repo` of the head branch's repository: a fork's for a fork pull request. */
  headRepository: string;
  baseRef: string;
  baseSha: string;
}

export interface StoredRepository {
  id: number;
  owner: string;
  repo: string;
  pullRequestFiles: Map<number, PullRequestFileSeed[]>;
  pullRequestEnds: Map<number, PullRequestEnds>;
  /** A pull request's commits, oldest first, as `GET /pulls/{n}/commits` lists them. */
  pullRequestCommits: Map<number, string[]>;
  /** Keyed by `<ref>:<path>`. */
  contents: Map<string, string>;
  /** Keyed by `base...head`. */
  comparisons: Map<string, PullRequestFileSeed[]>;
  /** A commit's changed files, keyed by its SHA. */
  commits: Map<string, PullRequestFileSeed[]>;
}

/** GitHub timestamps: ISO 8601 in UTC, whole seconds. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class GitHubState {
  private readonly repositories = new Map<string, StoredRepository>();
  private readonly storedComments: StoredComment[] = [];
  private readonly storedCheckRuns: StoredCheckRun[] = [];
  private readonly storedReviews: StoredReview[] = [];
  private readonly storedThreads: StoredReviewThread[] = [];
  private nextReviewCommentId = 2_100_000_001;
  private readonly accounts = new Map<string, Account>([[ACTIONS_BOT.login, ACTIONS_BOT]]);
  private nextRepositoryId = 1296269;
  private nextCommentId = 1_000_000_001;
  private nextCheckRunId = 4_000_000_001;
  private nextUserId = 583231;

  repository(owner: string, repo: string): StoredRepository {
    const key = `${owner}/${repo}`.toLowerCase();
    let stored = this.repositories.get(key);
    if (stored === undefined) {
      stored = { id: this.nextRepositoryId++, owner, repo, pullRequestFiles: new Map(), pullRequestEnds: new Map(), pullRequestCommits: new Map(), contents: new Map(), comparisons: new Map(), commits: new Map() };
      this.repositories.set(key, stored);
    }
    return stored;
  }

  /** Only repositories something was stored in exist; GitHub answers 404 for the rest. */
  existingRepository(owner: string, repo: string): StoredRepository | undefined {
    return this.repositories.get(`${owner}/${repo}`.toLowerCase());
  }

  repositoryById(id: number): StoredRepository | undefined {
    return [...this.repositories.values()].find((repository) => repository.id === id);
  }

  /** One account per login, as on GitHub: the same id every time it is asked for. */
  account(login: string): Account {
    let account = this.accounts.get(login);
    if (account === undefined) {
      account = { login, id: this.nextUserId++, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.accounts.set(login, account);
    }
    return account;
  }

  /** A pull request exists once it was added (with its files); its conversation holds issue comments. */
  pullRequestExists(owner: string, repo: string, number: number): boolean {
    return this.existingRepository(owner, repo)?.pullRequestFiles.has(number) ?? false;
  }

  addComment(where: { owner: string; repo: string; issueNumber: number }, body: string, author: Account, minimizedReason: string | null = null): StoredComment {
    this.repository(where.owner, where.repo);
    const now = timestamp();
    const comment: StoredComment = { id: this.nextCommentId++, ...where, body, author, createdAt: now, updatedAt: now, minimizedReason };
    this.storedComments.push(comment);
    return comment;
  }

  /** The review, and one thread per inline comment, as GitHub opens them. */
  addReview(fields: Omit<StoredReview, 'id'>): StoredReview {
    const review = { ...fields, id: 80_000 + this.storedReviews.length + 1 };
    this.storedReviews.push(review);
    for (const comment of review.comments) {
      this.addReviewThread({ owner: review.owner, repo: review.repo, pullNumber: review.pullNumber, path: comment.path, line: comment.line }, comment.body, review.author);
    }
    return review;
  }

  addReviewThread(where: { owner: string; repo: string; pullNumber: number; path: string; line: number }, body: string, author: Account): StoredReviewThread {
    const thread: StoredReviewThread = {
      ...where,
      id: 600_000_000 + this.storedThreads.length + 1,
      isResolved: false,
      resolvedBy: null,
      comments: [{ id: this.nextReviewCommentId++, body, author }],
    };
    this.storedThreads.push(thread);
    return thread;
  }

  reviewThreads(owner: string, repo: string, pullNumber: number): StoredReviewThread[] {
    return this.storedThreads.filter((thread) => sameRepository(thread, owner, repo) && thread.pullNumber === pullNumber);
  }

  reviewThread(id: number): StoredReviewThread | undefined {
    return this.storedThreads.find((thread) => thread.id === id);
  }

  resolveReviewThread(thread: StoredReviewThread, by: Account): void {
    thread.isResolved = true;
    thread.resolvedBy = by;
  }

  reviews(owner: string, repo: string, pullNumber: number): StoredReview[] {
    return this.storedReviews.filter((review) => review.owner === owner && review.repo === repo && review.pullNumber === pullNumber);
  }

  comments(owner: string, repo: string, issueNumber?: number): StoredComment[] {
    return this.storedComments.filter(
      (comment) => sameRepository(comment, owner, repo) && (issueNumber === undefined || comment.issueNumber === issueNumber),
    );
  }

  comment(owner: string, repo: string, id: number): StoredComment | undefined {
    return this.storedComments.find((comment) => comment.id === id && sameRepository(comment, owner, repo));
  }

  updateComment(comment: StoredComment, body: string): void {
    comment.body = body;
    comment.updatedAt = timestamp();
  }

  deleteComment(comment: StoredComment): void {
    this.storedComments.splice(this.storedComments.indexOf(comment), 1);
  }

  createCheckRun(fields: Omit<StoredCheckRun, 'id' | 'annotations' | 'startedAt'>, annotations: readonly StoredAnnotation[]): StoredCheckRun {
    const run: StoredCheckRun = { id: this.nextCheckRunId++, ...fields, startedAt: timestamp(), annotations: [...annotations] };
    this.storedCheckRuns.push(run);
    return run;
  }

  checkRuns(owner: string, repo: string): StoredCheckRun[] {
    return this.storedCheckRuns.filter((run) => sameRepository(run, owner, repo));
  }

  checkRun(owner: string, repo: string, id: number): StoredCheckRun | undefined {
    return this.storedCheckRuns.find((run) => run.id === id && sameRepository(run, owner, repo));
  }

  /** Every text a client stored here, named, for the "no token anywhere" check. */
  storedTexts(): { where: string; text: string }[] {
    const comments = this.storedComments.map((comment) => ({ where: `comment ${comment.id}`, text: comment.body }));
    const checkRuns = this.storedCheckRuns.flatMap((run) => [
      { where: `check run ${run.id} output`, text: JSON.stringify(run.output) },
      ...run.annotations.map((annotation, index) => ({ where: `check run ${run.id} annotation ${index + 1}`, text: JSON.stringify(annotation) })),
    ]);
    const threads = this.storedThreads.flatMap((thread) => thread.comments.map((comment) => ({ where: `review comment ${comment.id}`, text: comment.body })));
    return [...comments, ...checkRuns, ...threads];
  }
}

function sameRepository(item: { owner: string; repo: string }, owner: string, repo: string): boolean {
  return item.owner.toLowerCase() === owner.toLowerCase() && item.repo.toLowerCase() === repo.toLowerCase();
}
