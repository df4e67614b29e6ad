import * as core from '@actions/core';
import { analyze } from '../core/analyze.js';
import type { Report } from '../core/report.js';
import { renderAnnotations } from '../render/annotations.js';
import { renderJobSummary } from '../render/job-summary.js';
import { readGitHubContext, type GitHubContext } from './github-context.js';
import { readActionSettings, type ActionSettings } from './inputs.js';
import { writeReportFile, writeSarifFile } from './write-files.js';

/**
 * inputs → what the event asks to analyze → analyze → publish (files, summary, annotations, comment) → outcome.
 * The one try/catch turns any failure into a failed step with a message, never a stack trace.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const context = readGitHubContext(env);
    const settings = readActionSettings(context.workspace);
    const report = await analyze(settings.config, { log: (line) => core.info(line) });
    await publish(report, settings, context);
    concludeStep(report);
  } catch (error) {
    core.setFailed(`predator-guard: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function publish(report: Report, settings: ActionSettings, context: GitHubContext): Promise<void> {
  const { error, warning, notice } = report.gate.counts;
  core.setOutput('passed', String(report.gate.passed));
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('errors', String(error));
  core.setOutput('warnings', String(warning));
  core.setOutput('notices', String(notice));
  core.setOutput('report-file', writeReportFile(report, context.runnerTemp));
  if (settings.sarifFile) core.setOutput('sarif-file', writeSarifFile(report, settings.sarifFile, settings.config.root));
  const linkBase = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}/`;
  const annotations = settings.annotations ? renderAnnotations(report) : undefined;
  for (const command of annotations?.commands ?? []) process.stdout.write(`${command}\n`);
  // Outside a runner (a local dry run) there is no summary file to write to.
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderJobSummary(report, { linkBase, omittedAnnotations: annotations?.omitted })).write();
  }
}

/** exit-1 situations (findings at or above fail-on) and exit-2 situations (a failed run) both fail the step. */
function concludeStep(report: Report): void {
  if (report.gate.passed) return;
  core.setFailed(`predator-guard: ${report.gate.reason ?? 'the gate failed'}`);
}
