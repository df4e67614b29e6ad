import { defineLintRule } from '../../lint/lint-rule.js';
import { analysisReferences } from '../../lint/analysis-references.js';
import { fieldPathText } from '../../lint/manifest.js';
import { templateMetrics } from '../../lint/template-metrics.js';

const BLOCKING_USAGES = new Set(['step', 'pre-promotion', 'post-promotion']);

/**
 * R10: a metric with an interval and no count measures until stopped. Background analysis is stopped by the
 * controller, but a step or pre/post-promotion analysis must end on its own, so the controller rejects it.
 */
export const stepAnalysisRunsForever = defineLintRule({
  meta: {
    id: 'step-analysis-runs-forever',
    category: 'configuration',
    severity: 'error',
    description: 'A step, pre-promotion or post-promotion analysis whose template has a metric with an interval and no count.',
    summary: 'a step or pre/post-promotion analysis whose metric has `interval` and no `count` (R10)',
  },
  check(manifest, { templates }) {
    if (manifest.kind !== 'Rollout') return [];
    return analysisReferences(manifest)
      .filter((analysis) => BLOCKING_USAGES.has(analysis.usage))
      .flatMap((analysis) =>
        analysis.templates.flatMap((reference) => {
          const template = templates.find(reference, manifest);
          if (!template) return [];
          return templateMetrics(template)
            .filter(({ metric }) => metric.interval !== undefined && metric.count === undefined)
            .map(({ metric, name }) => ({
              path: reference.path,
              message: `${fieldPathText(analysis.path)} (${analysis.usage} analysis) uses ${template.kind} '${template.name}', whose metric '${name}' has interval ${String(metric.interval)} and no count: it runs until stopped, so the ${analysis.usage} analysis never finishes.`,
              suggestion: `Set count on metric '${name}', or run the template as background analysis (spec.strategy.canary.analysis).`,
            }));
        }),
      );
  },
});
