import { defineRule } from '../../../core/rules/rule.js';

export interface MissingIndexOptions {
  'min-cost-reduction': number;
  'min-table-rows': number;
  'max-selected-share': number;
  'max-partial-share': number;
}

/**
 * The index advice's rule: not a plan rule (it needs the database, the parse tree and the planner, not only a
 * plan), so it has no check of its own; advise-indexes.ts reports it. Named, configured and documented like any
 * rule, so the config schema, SARIF and the docs know it.
 */
const DEFAULT_OPTIONS: MissingIndexOptions = { 'min-cost-reduction': 0.5, 'min-table-rows': 10_000, 'max-selected-share': 0.3, 'max-partial-share': 0.1 };

export const missingIndex = defineRule({
  meta: {
    id: 'missing-index',
    category: 'performance',
    severity: 'warning',
    description: 'A btree index the planner would use for the statement, verified to cut the plan cost; or why none is suggested.',
    summary: 'an index the planner uses and that cuts the plan cost by ≥ 50% (verified, SQL audits only); otherwise a notice saying why none is suggested',
    options: {
      'min-cost-reduction': {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Share by which the plan cost must fall with the index for it to be suggested (default 0.5).',
      },
      'min-table-rows': { type: 'number', minimum: 0, description: 'Estimated rows (pg_class.reltuples) below which a table is too small to index (default 10000).' },
      'max-selected-share': {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Largest estimated share of the rows the equality conditions may select for an index to be worth it (default 0.3).',
      },
      'max-partial-share': {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Largest share of the rows a constant condition on a few-valued column may select to become a partial index (default 0.1).',
      },
    },
  },
  defaultOptions: DEFAULT_OPTIONS,
});
