import type { Finding } from '../core/finding.js';
import { rulesOf } from '../core/rules/registry.js';
import type { RuleSettings } from '../core/rules/settings.js';
import type { AnalysedPlan } from './plan/analysed-plan.js';
import { nodeLocations } from './plan/node-locations.js';
import { readPlanInput } from './plan/read-plan-input.js';
import { judgePlans, type MissingFeature } from './judge-plans.js';
import { occurrenceCounter, planFinding } from './plan-finding.js';
import type { PlanRule } from './plan-rule.js';
import { PLAN_RULES } from './meta.js';

export type { MissingFeature } from './judge-plans.js';

export interface PlanFileAudit {
  findings: Finding[];
  plans: AnalysedPlan[];
  /** Rules that could not judge at least one plan of the file, with what EXPLAIN lacked. */
  notRun: MissingFeature[];
}

/**
 * Audits one saved plan file. `file` is repository-relative and names the findings; `text` is the file's content.
 * A file that is not a plan throws a UsageError naming it. Findings point at their node's `"Node Type"` key.
 */
export function auditPlanFile(file: string, text: string, rules: RuleSettings, ruleList: readonly PlanRule[] = rulesOf(PLAN_RULES)): PlanFileAudit {
  const input = readPlanInput(text, file);
  const locations = nodeLocations(input.jsonText);
  const { reports, plans, notRun } = judgePlans(input.documents, rules, ruleList);
  const occurrence = occurrenceCounter();
  const findings = reports.map((judged) => {
    // Plan-wide findings (settings, triggers, timings) point at the root node, the first line that is the plan.
    const location = locations[judged.report.node?.ordinal ?? 0] ?? { line: 1, column: 1, endColumn: 1 };
    const place = { file, line: location.line, column: location.column, endLine: location.line, endColumn: location.endColumn };
    return planFinding(judged, place, file, occurrence(judged));
  });
  return { findings, plans, notRun };
}
