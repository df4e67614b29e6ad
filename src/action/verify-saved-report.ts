import { CONFIG_FILE_NAMES, configLayerFromDocument, defaultConfig, mergeConfig, type Config, type ConfigLayer } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import { validateConfigDocument } from '../core/config/validate.js';
import { regradeReport } from '../core/regrade-report.js';
import type { Report } from '../core/report.js';
import { statusOfFailedRequest, type GitHubClient } from '../github/octokit.js';
import { readPullRequest } from '../github/pull-request.js';
import { listPullRequestFiles } from '../github/pull-request-files.js';
import { readRepositoryFile } from '../github/repository-file.js';
import type { AnalysisTarget } from './event-target.js';
import type { GitHubContext } from './github-context.js';

interface WorkflowRunPayload {
  head_sha?: unknown;
  head_repository?: { full_name?: unknown } | null;
  pull_requests?: { number?: unknown }[];
}

export interface VerifiedReport {
  report: Report;
  target: Extract<AnalysisTarget, { kind: 'pull-request' }>;
  /** The config the findings were judged under: the base branch's file with this step's inputs over it. */
  config: Config;
}

/**
 * The posting half of the fork-safe pair. Everything in a saved report, and the pull-request number beside it, comes
 * from the pull request's own run, so before anything is posted: the pull request GitHub has under that number must
 * have the workflow run's head SHA and head repository (else the report would land on another pull request, or on a
 * newer head it does not describe), and the findings are judged again under the base branch's config, read through
 * the contents API, never by the report's own gate. Any mismatch fails the step with the reason; nothing is posted.
 */
export async function verifySavedReport(
  report: Report,
  {
    context,
    octokit,
    pullRequest,
    inputLayer,
    configInput,
    reviewComments,
  }: { context: GitHubContext; octokit: GitHubClient | undefined; pullRequest?: number; inputLayer: ConfigLayer; configInput?: string; reviewComments?: boolean },
): Promise<VerifiedReport> {
  if (context.eventName !== 'workflow_run') {
    throw new UsageError(
      `Publishing a saved report runs on a workflow_run event, whose head_sha and head_repository it checks the pull request against; this is a '${context.eventName}' event. Nothing was posted.`,
    );
  }
  const run = (context.payload.workflow_run ?? {}) as WorkflowRunPayload;
  const headSha = typeof run.head_sha === 'string' ? run.head_sha : undefined;
  const headRepository = typeof run.head_repository?.full_name === 'string' ? run.head_repository.full_name : undefined;
  if (headSha === undefined || headRepository === undefined) {
    throw new UsageError('The workflow_run event payload has no head_sha or head_repository.full_name; is GITHUB_EVENT_PATH the runner\'s event file? Nothing was posted.');
  }
  const listed = run.pull_requests?.[0]?.number;
  const pullNumber = pullRequest ?? (typeof listed === 'number' ? listed : undefined);
  if (pullNumber === undefined) {
    throw new UsageError("Publishing a saved report needs the pull request: set the 'pull-request' input (the analyzing job can save the number beside the report).");
  }
  if (octokit === undefined) throw new UsageError('Publishing a saved report needs the github-token input, to check the pull request before posting; it is empty.');

  const pull = await readPullRequest(octokit, { owner: context.owner, repo: context.repo, pullNumber }).catch((error: unknown) => {
    if (statusOfFailedRequest(error) !== 404) throw error;
    throw new UsageError(`GitHub has no pull request #${pullNumber} in ${context.owner}/${context.repo}: check the 'pull-request' input. Nothing was posted.`);
  });
  if (pull.headSha !== headSha) {
    throw new UsageError(
      `Pull request #${pullNumber}'s head is ${pull.headSha}, not the workflow run's head_sha ${headSha}: the report describes another commit ` +
        '(a newer push has its own run) or the pull-request number is not this run\'s. Nothing was posted.',
    );
  }
  if (pull.headRepository === undefined || pull.headRepository.toLowerCase() !== headRepository.toLowerCase()) {
    throw new UsageError(
      `Pull request #${pullNumber}'s head repository is ${pull.headRepository ?? '(deleted)'}, not the workflow run's head_repository ${headRepository}: ` +
        'the pull-request number is not this run\'s. Nothing was posted.',
    );
  }
  const base = await baseConfigLayer(octokit, context, pull.baseSha, configInput);
  const config = mergeConfig(defaultConfig(context.workspace), base, inputLayer);
  // Inline review comments go on the lines the pull request added: GitHub's list of its files says which, never the report.
  const changes = reviewComments ? (await listPullRequestFiles(octokit, { owner: context.owner, repo: context.repo, pullNumber })).changeSet : { files: new Map() };
  return {
    report: regradeReport(report, config),
    target: { kind: 'pull-request', pullNumber, headSha, changes, warnings: [] },
    config,
  };
}

/** The config file of the base branch at the pull request's base commit: the `config` input's path, or the default names. */
async function baseConfigLayer(octokit: GitHubClient, context: GitHubContext, baseSha: string, configInput: string | undefined): Promise<ConfigLayer> {
  const candidates = configInput === undefined ? CONFIG_FILE_NAMES : [configInput.replace(/^\.\//, '')];
  for (const path of candidates) {
    const text = await readRepositoryFile(octokit, { owner: context.owner, repo: context.repo, path, ref: baseSha });
    if (text === undefined) continue;
    const where = `${path} at ${baseSha.slice(0, 7)}`;
    return configLayerFromDocument(validateConfigDocument(text, where), where);
  }
  if (configInput !== undefined) {
    throw new UsageError(`The config input names '${configInput}', which the base commit ${baseSha.slice(0, 7)} does not have. Nothing was posted.`);
  }
  return {};
}
