import { defineLintRule } from '../../lint/lint-rule.js';
import { analysisReferences } from '../../lint/analysis-references.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asWholeNumber } from '../../lint/plain-data.js';
import { templateMetrics } from '../../lint/template-metrics.js';

/** R11: the analysis docs say a step analysis metric with count 0 is never executed, so the step checks nothing. */
export const stepAnalysisCountZero = defineLintRule({
  meta: {
    id: 'step-analysis-count-zero',
    category: 'configuration',
    severity: 'warning',
    description: 'An analysis step whose template has a metric with count: 0, which is never measured.',
    summary: 'an analysis step whose metric has `count: 0` (R11)',
  },
  check(manifest, { templates }) {
    if (manifest.kind !== 'Rollout') return [];
    return analysisReferences(manifest)
      .filter((analysis) => analysis.usage === 'step')
      .flatMap((analysis) =>
        analysis.templates.flatMap((reference) => {
          const template = templates.find(reference, manifest);
          if (!template) return [];
          return templateMetrics(template)
            .filter(({ metric }) => asWholeNumber(metric.count) === 0)
            .map(({ name }) => ({
              path: reference.path,
              message: `${fieldPathText(analysis.path)} uses ${template.kind} '${template.name}', whose metric '${name}' has count: 0: an analysis step never measures it.`,
              suggestion: `Set count on metric '${name}' to the number of measurements the step should take.`,
            }));
        }),
      );
  },
});
