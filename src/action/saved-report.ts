import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../core/config/usage-error.js';
import type { Report } from '../core/report.js';
import { REPORT_LIMITS, reportProblem } from '../core/report-schema.js';

/**
 * A report written by an earlier run (its `report-file` output), for the job that posts it. It is data from a
 * pull request's run, so its size is checked before it is read and its shape against the report's schema (each
 * run's stats, string lengths and list sizes included) before anything of it is used.
 */
export function readSavedReport(file: string): Report {
  let parsed: unknown;
  try {
    const bytes = statSync(file).size;
    if (bytes > REPORT_LIMITS.fileBytes) {
      throw new UsageError(`The report '${file}' is ${bytes} bytes, over the ${REPORT_LIMITS.fileBytes} a report may hold; nothing was posted. Pass the report-file output of a predator-guard run.`);
    }
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read the report '${file}': ${(error as Error).message}. Pass the report-file output of a predator-guard run.`);
  }
  const problem = reportProblem(parsed);
  if (problem !== undefined) {
    throw new UsageError(
      `The report '${file}' is not a predator-guard JSON report this version can publish (${problem}); nothing was posted. Pass the report-file output of a predator-guard run of the same version.`,
    );
  }
  return parsed as Report;
}
