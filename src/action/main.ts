import * as core from '@actions/core';
import { analyze, baselinePath } from '../core/analyze.js';
import type { Config } from '../core/config/config.js';
import type { Report } from '../core/report.js';
import { createGitHubClient, type GitHubClient, type GitHubLog } from '../github/octokit.js';
import { resolveTarget, type AnalysisTarget } from './event-target.js';
import { onSecret, redact, registerSecret, registerUrlCredentials } from '../core/secrets.js';
import { readGitHubContext } from './github-context.js';
import { readActionSettings } from './inputs.js';
import { publish } from './publish.js';
import { readSavedReport } from './saved-report.js';
import { verifySavedReport } from './verify-saved-report.js';

/** Every line the action logs passes the one redaction step first (the runner masks only what it was told). */
const log: GitHubLog = { info: (line) => core.info(redact(line)), warning: (line) => core.warning(redact(line)) };

/**
 * inputs → what the event asks to analyze → analyze → publish (files, summary, annotations, comment) → outcome.
 * The one try/catch turns any failure into a failed step with a message, never a stack trace.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    onSecret((secret) => core.setSecret(secret));
    registerSecret(core.getInput('github-token'));
    registerUrlCredentials(core.getInput('database-url'));
    registerUrlCredentials(core.getInput('prometheus-url'));
    const context = readGitHubContext(env);
    const settings = readActionSettings(context.workspace);
    registerUrlCredentials(settings.config.settings['database-url']);
    registerUrlCredentials(settings.config.settings['prometheus-url']);
    const octokit: GitHubClient | undefined = settings.token
      ? createGitHubClient({ token: settings.token, apiUrl: context.apiUrl, graphqlUrl: context.graphqlUrl, log })
      : undefined;
    if (settings.reportFile) {
      const saved = readSavedReport(settings.reportFile);
      const { report, target, config } = await verifySavedReport(saved, { context, octokit, ...settings });
      // Annotations from this job would land on the default branch's run, not the pull request's: only the comment and summary.
      await publish({ report, settings: { ...settings, config, annotations: false, checkRun: false }, context, target, octokit, log });
      concludeStep(report);
      return;
    }
    const target = await resolveTarget(context, octokit, settings.config);
    if (target.kind === 'unsupported') {
      core.notice(`predator-guard has nothing to review for a '${target.eventName}' event; it runs on pull_request, pull_request_target, push and workflow_dispatch.`);
      return;
    }
    if (target.kind === 'pull-request') for (const warning of target.warnings) core.warning(warning);
    const config = configFor(settings.config, target);
    const report = await analyze(config, { log: (line) => core.info(redact(line)) });
    await publish({ report, settings, context, target, octokit, log });
    concludeStep(report);
  } catch (error) {
    core.setFailed(redact(`predator-guard: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** The event decides which lines count as changed; workflow_dispatch reviews everything under `paths`. */
function configFor(config: Config, target: Exclude<AnalysisTarget, { kind: 'unsupported' }>): Config {
  if (target.kind === 'everything') return { ...config, filterMode: 'nofilter' };
  const filterMode = target.kind === 'push' && target.filterMode ? target.filterMode : config.filterMode;
  if (target.kind === 'pull-request' && target.root) {
    // The pull request's files sit in a scratch folder; the baseline stays the base branch's.
    return { ...config, root: target.root, baseline: baselinePath(config) ?? false, filterMode, changes: target.changes };
  }
  return { ...config, filterMode, changes: target.changes };
}

/** Exit-1 situations (findings at or above fail-on) and exit-2 situations (a failed run) both fail the step. */
function concludeStep(report: Report): void {
  if (report.gate.passed) return;
  core.setFailed(redact(`predator-guard: ${report.gate.reason ?? 'the gate failed'}`));
}
