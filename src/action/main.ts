import * as core from '@actions/core';
import { analyze } from '../core/analyze.js';
import { renderText } from '../render/text.js';
import { configFromInputs } from './inputs.js';

/**
 * inputs → config → analyze → report → outcome. The pull-request channels (comment, annotations, summary, SARIF)
 * attach here; this run prints the report to the log and sets the outputs and the outcome.
 */
export async function run(): Promise<void> {
  try {
    const config = configFromInputs(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const report = await analyze(config, { log: (line) => core.info(line) });
    core.info(renderText(report, { color: false }));
    const { error, warning, notice } = report.gate.counts;
    core.setOutput('passed', String(report.gate.passed));
    core.setOutput('findings', String(report.findings.length));
    core.setOutput('errors', String(error));
    core.setOutput('warnings', String(warning));
    core.setOutput('notices', String(notice));
    if (!report.gate.passed) core.setFailed(`predator-guard: ${report.gate.reason ?? 'the gate failed'}`);
  } catch (error) {
    core.setFailed(`predator-guard: ${error instanceof Error ? error.message : String(error)}`);
  }
}
