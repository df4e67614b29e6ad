import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../core/finding.js';
import type { RuleSettings } from '../review/review-source.js';
import { analysePlan, nodeCount, type AnalysedPlan, type PlanFeature } from './plan/analysed-plan.js';
import { nodeLocations, type NodeLocation } from './plan/node-locations.js';
import { readPlanInput } from './plan/read-plan-input.js';
import type { PlanReport, PlanRule } from './plan-rule.js';
import { PLAN_RULES } from './rules/index.js';

export interface MissingFeature {
  rule: string;
  needs: PlanFeature[];
}

export interface PlanFileAudit {
  findings: Finding[];
  plans: AnalysedPlan[];
  /** Rules that could not judge at least one plan of the file, with what EXPLAIN lacked. */
  notRun: MissingFeature[];
}

interface Reported {
  rule: PlanRule<unknown>;
  report: PlanReport;
  severity: Severity;
}

/**
 * Audits one saved plan file. `file` is repository-relative and names the findings; `text` is the file's content.
 * A file that is not a plan throws a UsageError naming it.
 */
export function auditPlanFile(file: string, text: string, rules: RuleSettings, ruleList: readonly PlanRule<unknown>[] = PLAN_RULES): PlanFileAudit {
  const input = readPlanInput(text, file);
  const locations = nodeLocations(input.jsonText);
  const plans: AnalysedPlan[] = [];
  const notRun = new Map<string, Set<PlanFeature>>();
  const reported: Reported[] = [];
  let firstOrdinal = 0;
  for (const document of input.documents) {
    const plan = analysePlan(document, firstOrdinal);
    firstOrdinal += nodeCount(plan);
    plans.push(plan);
    for (const rule of ruleList) {
      const setting = rules[rule.meta.id];
      if (setting?.severity === 'off') continue;
      const missing = rule.meta.needs.filter((feature) => !plan.features[feature]);
      if (missing.length > 0) {
        const known = notRun.get(rule.meta.id) ?? new Set<PlanFeature>();
        missing.forEach((feature) => known.add(feature));
        notRun.set(rule.meta.id, known);
        continue;
      }
      const options = { ...(rule.defaultOptions as Record<string, unknown>), ...setting?.options };
      const configured = setting?.severity === undefined || setting.severity === 'default' ? undefined : setting.severity;
      rule.check({
        plan,
        options,
        report: (report) => reported.push({ rule, report, severity: configured ?? report.severity ?? rule.meta.severity }),
      });
    }
  }
  const kept = dropSuperseded(reported);
  return {
    findings: toFindings(file, kept, locations),
    plans,
    notRun: [...notRun].map(([rule, needs]) => ({ rule, needs: [...needs].sort() })),
  };
}

/** One cause, one finding: a general rule stays quiet on a node a more specific rule already explains. */
function dropSuperseded(reported: readonly Reported[]): Reported[] {
  const claimed = new Set(reported.filter((entry) => entry.report.node).map((entry) => `${entry.rule.meta.id}\0${entry.report.node?.ordinal}`));
  return reported.filter(({ rule, report }) => {
    if (!report.node || !rule.meta.supersededBy) return true;
    return !rule.meta.supersededBy.some((other) => claimed.has(`${other}\0${report.node?.ordinal}`));
  });
}

function toFindings(file: string, reported: readonly Reported[], locations: readonly NodeLocation[]): Finding[] {
  const occurrences = new Map<string, number>();
  return reported.map(({ rule, report, severity }) => {
    const nodePath = report.node?.path;
    // Plan-wide findings (settings, triggers, timings) point at the root node, the first line that is the plan.
    const location = locations[report.node?.ordinal ?? 0] ?? { line: 1, column: 1, endColumn: 1 };
    const key = `${rule.meta.id}\0${nodePath ?? ''}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return {
      analyzer: 'queries',
      rule: rule.meta.id,
      category: rule.meta.category,
      severity,
      message: report.message,
      file,
      line: location.line,
      column: location.column,
      endLine: location.line,
      endColumn: location.endColumn,
      ...(report.suggestion ? { suggestion: report.suggestion } : {}),
      // From the rule, the file and the node's path, never the line: re-saving the plan keeps known findings known.
      fingerprint: createHash('sha256').update(`${rule.meta.id}\0${file}\0${nodePath ?? 'plan'}\0${occurrence}`).digest('hex').slice(0, 32),
      data: { ...(nodePath ? { nodePath } : {}), ...report.data },
    } satisfies Finding;
  });
}
