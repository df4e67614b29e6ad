import { readFileSync } from 'node:fs';
import { UsageError } from '../core/config/usage-error.js';
import type { Report } from '../core/report.js';
import { reportProblem } from '../core/report-schema.js';

/**
 * A report written by an earlier run (its `report-file` output), for the job that posts it. It is data from a
 * pull request's run, so it is checked against the report's schema (each run's stats included) before anything of
 * it is used.
 */
export function readSavedReport(file: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the report '${file}': ${(error as Error).message}. Pass the report-file output of a predator-guard run.`);
  }
  const problem = reportProblem(parsed);
  if (problem !== undefined) {
    throw new UsageError(`The report '${file}' is not a predator-guard JSON report (expected tool, findings, runs and gate; ${problem}). Pass the report-file output of a predator-guard run.`);
  }
  return parsed as Report;
}
