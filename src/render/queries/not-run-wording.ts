import type { AuditedQueries, RuleNotRun } from './audited-queries.js';
import type { InlineStyle } from './inline-style.js';

/** Rules that lacked the same EXPLAIN options, under those options' names: `ANALYZE`, `ANALYZE and BUFFERS`. */
export interface NotRunGroup {
  without: string;
  rules: string[];
}

export function notRunGroups(notRun: readonly RuleNotRun[]): NotRunGroup[] {
  const groups = new Map<string, string[]>();
  for (const { rule, needs } of notRun) {
    const without = needs.map((feature) => feature.toUpperCase()).join(' and ');
    groups.set(without, [...(groups.get(without) ?? []), rule]);
  }
  return [...groups].map(([without, rules]) => ({ without, rules }));
}

/** `not run without ANALYZE: sort-spill, hash-spill`, each group of rules under what their plans lacked. */
export function notRunWording(notRun: readonly RuleNotRun[], style: InlineStyle): string {
  const groups = notRunGroups(notRun).map(({ without, rules }) => `without ${without}: ${rules.map((rule) => style.code(rule)).join(', ')}`);
  return `not run ${groups.join('; ')}`;
}

/**
 * How to give the rules what they lack: explained statements get ANALYZE from the `analyze` setting; saved plans
 * must be captured again. Both are named when the run had both, since the stats do not say which plans lacked it.
 */
export function notRunFix(audit: AuditedQueries, style: InlineStyle): string {
  const fixes = [
    ...(audit.explainedOn !== undefined && !audit.explainedOn.analyze ? [`pass ${style.code('--analyze')} (${style.code('analyze: true')})`] : []),
    ...(audit.savedPlans > 0 ? [`save plans with ${style.code('EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)')}`] : []),
  ];
  return fixes.join('; ');
}
