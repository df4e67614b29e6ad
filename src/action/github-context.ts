import { readFileSync } from 'node:fs';
import { UsageError } from '../core/config/usage-error.js';

/** What the runner tells a step about the run, read once from its environment. */
export interface GitHubContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  sha: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  workspace: string;
  runnerTemp: string;
  /** The job summary file (GITHUB_STEP_SUMMARY); absent outside a job that has one. */
  stepSummaryFile?: string;
  /** The workflow run (GITHUB_RUN_ID), whose page holds the job summary a cut comment links to. */
  runId?: string;
  /** The action's own repository and ref as the workflow's `uses:` named them (GITHUB_ACTION_REPOSITORY/_REF). */
  actionRepository?: string;
  actionRef?: string;
}

export function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    throw new UsageError(`GITHUB_REPOSITORY is '${repository}'; expected owner/repo. predator-guard runs as a step of a GitHub Actions job.`);
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(env.GITHUB_EVENT_PATH),
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    graphqlUrl: env.GITHUB_GRAPHQL_URL ?? 'https://api.github.com/graphql',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
    stepSummaryFile: env.GITHUB_STEP_SUMMARY || undefined,
    runId: env.GITHUB_RUN_ID || undefined,
    actionRepository: env.GITHUB_ACTION_REPOSITORY || undefined,
    actionRef: env.GITHUB_ACTION_REF || undefined,
  };
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`Cannot read the event payload GITHUB_EVENT_PATH='${file}': ${(error as Error).message}.`);
  }
}
