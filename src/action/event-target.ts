import type { ChangeSet } from '../core/changes.js';
import { UsageError } from '../core/config/usage-error.js';
import type { FilterMode } from '../core/config/choices.js';
import { analyzersRead } from '../core/analyzers.js';
import { fetchHeadContents } from '../github/head-contents.js';
import type { GitHubClient } from '../github/octokit.js';
import { listPullRequestFiles } from '../github/pull-request-files.js';
import { listPushFiles } from '../github/push-files.js';
import type { GitHubContext } from './github-context.js';

/** What the triggering event asks to analyze. */
export type AnalysisTarget =
  | {
      kind: 'pull-request';
      pullNumber: number;
      headSha: string;
      changes: ChangeSet;
      /** pull_request_target: the pull request's files, fetched as data into a scratch folder. */
      root?: string;
      warnings: string[];
    }
  | { kind: 'push'; headSha: string; changes: ChangeSet; filterMode?: FilterMode }
  | { kind: 'everything'; headSha: string }
  | { kind: 'unsupported'; eventName: string };

interface PullRequestPayload {
  number: number;
  changed_files?: number;
  head: { sha: string; repo?: { full_name?: string } | null };
  base: { repo?: { full_name?: string } | null };
}

export async function resolveTarget(
  context: GitHubContext,
  octokit: GitHubClient | undefined,
  checks: { rollout: boolean; queriesWithAnalyze: boolean },
): Promise<AnalysisTarget> {
  const { eventName, payload } = context;
  if (eventName === 'workflow_dispatch') return { kind: 'everything', headSha: context.sha };
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target' && eventName !== 'push') {
    return { kind: 'unsupported', eventName };
  }
  const client = requireClient(octokit, eventName);
  if (eventName === 'push') return pushTarget(context, client);

  const pullRequest = payload.pull_request as PullRequestPayload | undefined;
  if (!pullRequest) throw new UsageError(`The ${eventName} event payload has no pull_request. Is GITHUB_EVENT_PATH the runner's event file?`);
  const fromFork = pullRequest.head.repo?.full_name !== pullRequest.base.repo?.full_name;
  if (eventName === 'pull_request_target' && fromFork && (checks.rollout || checks.queriesWithAnalyze)) {
    throw new UsageError(
      'Refusing to run the rollout check or EXPLAIN ANALYZE for a fork pull request under pull_request_target: they would ' +
        "run the fork's changes against systems reached with this repository's secrets. Run them on pull_request, or " +
        'after the change is merged.',
    );
  }
  const { changeSet, warning } = await listPullRequestFiles(client, {
    owner: context.owner,
    repo: context.repo,
    pullNumber: pullRequest.number,
    changedFiles: pullRequest.changed_files,
  });
  const target: AnalysisTarget = {
    kind: 'pull-request',
    pullNumber: pullRequest.number,
    headSha: pullRequest.head.sha,
    changes: changeSet,
    warnings: warning ? [warning] : [],
  };
  if (eventName !== 'pull_request_target') return target;
  const snapshot = await fetchHeadContents(
    client,
    { owner: context.owner, repo: context.repo, headSha: pullRequest.head.sha, changes: changeSet },
    context.runnerTemp,
    analyzersRead,
  );
  return { ...target, root: snapshot.root };
}

/** A push compares `before…after`; a new branch (an all-zero `before`) reviews the pushed commit's files whole. */
async function pushTarget(context: GitHubContext, octokit: GitHubClient): Promise<AnalysisTarget> {
  const after = String(context.payload.after ?? context.sha);
  const pushed = await listPushFiles(octokit, { owner: context.owner, repo: context.repo, before: String(context.payload.before ?? ''), after });
  return { kind: 'push', headSha: after, ...pushed };
}

function requireClient(octokit: GitHubClient | undefined, eventName: string): GitHubClient {
  if (octokit) return octokit;
  throw new UsageError(`The ${eventName} event needs the github-token input to read the changed files; it is empty.`);
}
