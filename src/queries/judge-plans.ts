import type { Severity } from '../core/finding.js';
import { severityFor, type RuleSettings } from '../core/rules/settings.js';
import { rulesOf } from '../core/rules/registry.js';
import { analysePlan, nodeCount, type AnalysedPlan, type PlanFeature } from './plan/analysed-plan.js';
import type { RawPlanDocument } from './plan/read-plan-input.js';
import type { PlanReport, PlanRule } from './plan-rule.js';
import { PLAN_RULES } from './meta.js';

export interface MissingFeature {
  rule: string;
  needs: PlanFeature[];
}

/** One rule's report with the severity it ends up with; the caller decides where in which file it points. */
export interface JudgedReport {
  rule: PlanRule;
  report: PlanReport;
  severity: Severity;
}

export interface PlanJudgement {
  reports: JudgedReport[];
  plans: AnalysedPlan[];
  /** Rules that could not judge at least one of the plans, with what EXPLAIN lacked. */
  notRun: MissingFeature[];
}

/**
 * Runs the plan rules over parsed EXPLAIN documents, whether read from a saved file or just returned by a server.
 * Node ordinals continue across the documents, so a finding's node is the same one its location search finds.
 */
export function judgePlans(documents: readonly RawPlanDocument[], rules: RuleSettings, ruleList: readonly PlanRule[] = rulesOf(PLAN_RULES)): PlanJudgement {
  const plans: AnalysedPlan[] = [];
  const notRun = new Map<string, Set<PlanFeature>>();
  const reports: JudgedReport[] = [];
  let firstOrdinal = 0;
  for (const document of documents) {
    const plan = analysePlan(document, firstOrdinal);
    firstOrdinal += nodeCount(plan);
    plans.push(plan);
    for (const rule of ruleList) {
      const setting = rules[rule.meta.id];
      const configured = setting?.severity;
      if (configured === 'off') continue;
      const missing = rule.needs.filter((feature) => !plan.features[feature]);
      if (missing.length > 0) {
        const known = notRun.get(rule.meta.id) ?? new Set<PlanFeature>();
        missing.forEach((feature) => known.add(feature));
        notRun.set(rule.meta.id, known);
        continue;
      }
      const options = { ...(rule.defaultOptions as Record<string, unknown>), ...setting?.options };
      rule.check({
        plan,
        options,
        report: (report) => reports.push({ rule, report, severity: severityFor(rule.meta, configured, report.severity) }),
      });
    }
  }
  return {
    reports: dropSuperseded(reports),
    plans,
    notRun: [...notRun].map(([rule, needs]) => ({ rule, needs: [...needs].sort() })),
  };
}

/** One cause, one finding: a general rule stays quiet on a node a more specific rule already explains. */
function dropSuperseded(reports: readonly JudgedReport[]): JudgedReport[] {
  const claimed = new Set(reports.filter((entry) => entry.report.node).map((entry) => `${entry.rule.meta.id}\0${entry.report.node?.ordinal}`));
  return reports.filter(({ rule, report }) => {
    if (!report.node || !rule.supersededBy) return true;
    return !rule.supersededBy.some((other) => claimed.has(`${other}\0${report.node?.ordinal}`));
  });
}
