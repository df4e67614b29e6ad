import type { Config } from './config/config.js';
import { buildReport, type Report } from './report.js';
import { ruleSettingsResolver } from './rules/settings.js';

/**
 * A saved report's findings judged again under a config this job trusts (the pull request's base branch): a rule
 * the config sets a severity for takes it (per file, overrides included), a rule it turns off is dropped, and the
 * gate and counts are computed afresh. The report's own `gate` is never read: it is whatever the writer wrote.
 */
export function regradeReport(report: Report, config: Pick<Config, 'rules' | 'overrides' | 'failOn'>): Report {
  const settingsFor = ruleSettingsResolver(config);
  const findings = report.findings.flatMap((finding) => {
    const configured = settingsFor(finding.file ?? '')[finding.rule]?.severity;
    if (configured === 'off') return [];
    return [configured === undefined || configured === 'default' ? finding : { ...finding, severity: configured }];
  });
  return buildReport(report.tool, findings, report.runs, config.failOn);
}
