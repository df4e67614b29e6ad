import type { ChangeSet } from '../core/changes.js';
import type { Config } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import type { FilterMode } from '../core/config/choices.js';
import { analyzersRead } from '../core/analyzers.js';
import { fetchHeadContents } from '../github/head-contents.js';
import type { GitHubClient } from '../github/octokit.js';
import { listPullRequestFiles } from '../github/pull-request-files.js';
import { listPushFiles } from '../github/push-files.js';
import type { GitHubContext } from './github-context.js';
import { configuredDataFiles, copyUnchangedDataFiles } from './head-data-files.js';

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

export async function resolveTarget(context: GitHubContext, octokit: GitHubClient | undefined, config: Config): Promise<AnalysisTarget> {
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
  if (eventName === 'pull_request_target') refuseCredentialedSystems(config, fromFork);
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
  // The head's files an analyzer reads, and the data files the config names (SQL, schema, seed, plans, manifests),
  // fetched as data; the named files the pull request did not change come from the base checkout.
  const dataFile = configuredDataFiles(config);
  const snapshot = await fetchHeadContents(
    client,
    { owner: context.owner, repo: context.repo, headSha: pullRequest.head.sha, changes: changeSet },
    context.runnerTemp,
    (file) => analyzersRead(file) || dataFile(file),
  );
  copyUnchangedDataFiles(context.workspace, snapshot.root, dataFile, changeSet, (line) => target.warnings.push(line));
  return { ...target, root: snapshot.root };
}

/**
 * Under pull_request_target the job holds this repository's secrets, and the pull request's files are data from
 * whoever opened it. Nothing of them may reach a system those secrets reach: the queries audit runs only on the
 * embedded database (never `database-url`), and so are the migrations measured (their DDL takes real locks on a
 * server), no Prometheus URL with credentials is used, and for a fork the rollout
 * check follows nothing in a cluster and runs no EXPLAIN ANALYZE. The manifest lint and the embedded audit read the
 * files as data and stay allowed.
 */
function refuseCredentialedSystems(config: Config, fromFork: boolean): void {
  const settings = config.settings;
  const refuse = (what: string, fix: string) => {
    throw new UsageError(`Refusing ${what} under pull_request_target: the pull request's files would reach a system this repository's secrets reach. ${fix}`);
  };
  if ((config.checks.includes('queries') || config.checks.includes('migrations')) && typeof settings['database-url'] === 'string' && settings['database-url'] !== '') {
    refuse(
      'database-url',
      'The queries audit and the migration check run here on the embedded database built from the files; remove database-url for pull_request_target (keep it on pull_request or push).',
    );
  }
  if (typeof settings['prometheus-url'] === 'string' && urlHasCredentials(settings['prometheus-url'])) {
    refuse('a prometheus-url with credentials', 'Use it on pull_request, push or a deploy job, not on pull_request_target.');
  }
  if (!fromFork) return;
  const following = [settings.rollout, settings.selector].some((value) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== ''));
  if (config.checks.includes('rollout') && (following || (typeof settings.kubeconfig === 'string' && settings.kubeconfig !== ''))) {
    refuse('to follow rollouts in a cluster for a fork pull request', 'Run the rollout check on pull_request, or after the change is merged; the manifest lint (no rollout names) is allowed.');
  }
  if (config.checks.includes('queries') && settings.analyze === true) {
    refuse('EXPLAIN ANALYZE for a fork pull request', 'Run it on pull_request, or after the change is merged.');
  }
}

function urlHasCredentials(text: string): boolean {
  try {
    const url = new URL(text);
    return url.username !== '' || url.password !== '' || [...url.searchParams.keys()].some((key) => /pass|secret|token|key/i.test(key));
  } catch {
    return false;
  }
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
