import { defineLintRule } from '../../lint/lint-rule.js';
import { analysisReferences } from '../../lint/analysis-references.js';
import { CANARY_PATH, canaryStrategy } from '../../lint/rollout-steps.js';

/** R1: analysis results are what abort or pause a canary automatically; without them only the deadline can. */
export const rolloutWithoutAnalysis = defineLintRule({
  meta: {
    id: 'rollout-without-analysis',
    category: 'configuration',
    severity: 'notice',
    description: 'A canary Rollout with no background analysis, no analysis step and no experiment analysis.',
    summary: 'a canary with no background analysis, no analysis step and no experiment analysis (R1)',
  },
  check(manifest) {
    if (manifest.kind !== 'Rollout' || !canaryStrategy(manifest)) return [];
    if (analysisReferences(manifest).length > 0) return [];
    return [
      {
        path: CANARY_PATH,
        message: `Rollout '${manifest.name}': spec.strategy.canary has no analysis (no canary.analysis, no analysis step, no experiment analysis), so nothing can abort a bad canary except the progress deadline.`,
        suggestion: 'Add spec.strategy.canary.analysis with an AnalysisTemplate that measures the canary (e.g. its success rate), or an analysis step.',
      },
    ];
  },
});
