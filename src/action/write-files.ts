import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../core/report.js';
import { renderJson } from '../render/json.js';
import { renderSarif } from '../render/sarif.js';
import { describeRules } from '../core/rules/catalog.js';

/** The JSON report, under RUNNER_TEMP so later steps (an artifact upload, a posting workflow) can pick it up. */
export function writeReportFile(report: Report, runnerTemp: string): string {
  const file = path.join(runnerTemp, 'predator-guard', 'report.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderJson(report));
  return file;
}

/** SARIF for github/codeql-action/upload-sarif, with paths relative to the checkout it was given. */
export function writeSarifFile(report: Report, file: string, root: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderSarif(report, { rules: describeRules(), root }));
  return file;
}
