import type { RuleDescriptor } from '../render/sarif.js';
import { RULES as REVIEW_RULES } from '../review/meta.js';
import { PLAN_RULES } from '../queries/meta.js';
import { MISSING_INDEX_RULE } from '../queries/rules/index-advice/missing-index.js';
import { LINT_RULES as ROLLOUT_LINT_RULES } from '../rollout/meta.js';
import { VERDICT_RULES as ROLLOUT_VERDICT_RULES } from '../rollout/rules/verdict/index.js';
import { PROBE_RULES } from '../rollout/rules/probes/health-probe-failed.js';
import { METRIC_RULES } from '../rollout/rules/metrics/index.js';
import { JUDGE_RULES } from '../rollout/rules/judge/index.js';
import { STALE_BASELINE_RULE } from './baseline.js';
import { unusedSuppression } from './rules/hygiene/unused-suppression.js';
import type { AnalyzerName, Category, Severity } from './finding.js';

/** What the config schema, SARIF and the docs know of a rule, whichever analyzer owns it. */
export interface CatalogRule {
  analyzer: AnalyzerName;
  id: string;
  category: Category;
  severity: Severity;
  description: string;
  /** Option name (kebab-case, as in the config file) → its JSON Schema. */
  options?: Record<string, Record<string, unknown>>;
}

/**
 * Every rule of every analyzer, metadata only: importing this loads no parser, database or cluster client. An
 * analyzer's rule list is added here when the analyzer lands; the registry test then demands its docs pages.
 */
export const RULE_CATALOG: readonly CatalogRule[] = [
  ...REVIEW_RULES.map(({ meta }): CatalogRule => ({
    analyzer: 'review',
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    description: meta.description,
    options: meta.options,
  })),
  { analyzer: 'review', ...unusedSuppression.meta },
  {
    analyzer: 'review',
    id: STALE_BASELINE_RULE,
    category: 'hygiene',
    severity: 'notice',
    description: 'A baseline entry that matches no finding.',
  },
  ...PLAN_RULES.map(({ meta }): CatalogRule => ({
    analyzer: 'queries',
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    description: meta.description,
    options: meta.options,
  })),
  {
    analyzer: 'queries',
    id: MISSING_INDEX_RULE.meta.id,
    category: MISSING_INDEX_RULE.meta.category,
    severity: MISSING_INDEX_RULE.meta.severity,
    description: MISSING_INDEX_RULE.meta.description,
    options: MISSING_INDEX_RULE.meta.options,
  },
  ...ROLLOUT_LINT_RULES.map(({ meta }): CatalogRule => ({
    analyzer: 'rollout',
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    description: meta.description,
  })),
  // Health probes and template metrics are judged beside the wait, not on the Rollout's outcome, but they are
  // verdicts of the same kind (category release).
  ...[...ROLLOUT_VERDICT_RULES, ...PROBE_RULES, ...METRIC_RULES, ...JUDGE_RULES].map(({ meta }): CatalogRule => ({
    analyzer: 'rollout',
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    description: meta.description,
  })),
];

/** The rules as the SARIF renderer describes them. */
export function describeRules(): RuleDescriptor[] {
  return RULE_CATALOG.map(({ analyzer, id, category, severity, description }) => ({ analyzer, id, category, severity, description }));
}
