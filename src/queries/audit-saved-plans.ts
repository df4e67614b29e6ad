import { readFileSync } from 'node:fs';
import { UsageError } from '../core/config/usage-error.js';
import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import { auditPlanFile } from './audit-plan-file.js';
import type { MissingFeature } from './judge-plans.js';
import { resolvePlanFiles } from '../postgres/input-files.js';

export interface SavedPlansAudit {
  findings: Finding[];
  plans: number;
  notRun: MissingFeature[];
}

/** The `plan` setting: every saved EXPLAIN file it names, read and judged without a database. */
export function auditSavedPlans(root: string, entries: readonly string[], rulesFor: (file: string) => RuleSettings, log?: (line: string) => void): SavedPlansAudit {
  const findings: Finding[] = [];
  const notRun: MissingFeature[] = [];
  let plans = 0;
  for (const { absolute, file } of resolvePlanFiles(root, entries)) {
    log?.(`queries: auditing the saved plan ${file}`);
    const audit = auditPlanFile(file, readPlanText(absolute, file), rulesFor(file));
    findings.push(...audit.findings);
    plans += audit.plans.length;
    notRun.push(...audit.notRun);
  }
  return { findings, plans, notRun };
}

function readPlanText(absolute: string, file: string): string {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`plan: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the file's permissions.`);
  }
}
