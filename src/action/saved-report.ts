import { readFileSync } from 'node:fs';
import { UsageError } from '../core/config/usage-error.js';
import type { Report } from '../core/report.js';

/**
 * A report written by an earlier run (its `report-file` output), for the job that posts it. It is data from a
 * pull request's run, so its shape is checked before anything of it is used.
 */
export function readSavedReport(file: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the report '${file}': ${(error as Error).message}. Pass the report-file output of a predator-guard run.`);
  }
  const report = parsed as Partial<Report>;
  const valid =
    report.tool?.name === 'predator-guard' &&
    Array.isArray(report.findings) &&
    Array.isArray(report.runs) &&
    typeof report.gate?.passed === 'boolean' &&
    report.findings.every((finding) => typeof finding?.rule === 'string' && typeof finding.message === 'string');
  if (!valid) {
    throw new UsageError(`The report '${file}' is not a predator-guard JSON report (expected tool, findings, runs and gate). Pass the report-file output of a predator-guard run.`);
  }
  return report as Report;
}
