import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { analysisReferences } from '../../lint/analysis-references.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asList, asRecord, asString } from '../../lint/plain-data.js';
import { templateMetrics } from '../../lint/template-metrics.js';

/**
 * An analysis naming several templates runs them as one AnalysisRun: the controller merges their metrics and args and
 * refuses two metrics with one name, or one arg given two different values. Only templates among the linted files
 * are compared.
 */
export const analysisTemplatesConflict = defineLintRule({
  meta: {
    id: 'analysis-templates-conflict',
    category: 'configuration',
    severity: 'error',
    description: 'An analysis naming several templates that define a metric of the same name, or give one arg two different values.',
    summary: 'templates merged into one analysis with a metric name twice, or an arg with two values',
  },
  check(manifest, { templates }) {
    if (manifest.kind !== 'Rollout') return [];
    const reports: LintReport[] = [];
    for (const reference of analysisReferences(manifest)) {
      if (reference.templates.length < 2) continue;
      const metricOwner = new Map<string, string>();
      const argValue = new Map<string, { value: string; template: string }>();
      for (const located of reference.templates) {
        const template = templates.find(located, manifest);
        if (!template) continue;
        for (const { name } of templateMetrics(template)) {
          const owner = metricOwner.get(name);
          if (owner !== undefined && owner !== template.name) {
            reports.push({ path: located.path, message: `${fieldPathText(reference.path)} merges templates '${owner}' and '${template.name}', which both define metric '${name}'; the controller refuses two metrics with one name in a run.`, suggestion: `Rename metric '${name}' in one of the templates.` });
          } else metricOwner.set(name, template.name);
        }
        for (const arg of asList(asRecord(template.object.spec).args).map(asRecord)) {
          const name = asString(arg.name);
          const value = asString(arg.value);
          if (name === undefined || value === undefined) continue;
          const earlier = argValue.get(name);
          if (earlier && earlier.value !== value && earlier.template !== template.name) {
            reports.push({ path: located.path, message: `${fieldPathText(reference.path)} merges templates '${earlier.template}' and '${template.name}', which give arg '${name}' the values '${earlier.value}' and '${value}'; the controller refuses one arg with two values.`, suggestion: `Give arg '${name}' one value, or pass it from the Rollout and drop the templates' values.` });
          } else if (!earlier) argValue.set(name, { value, template: template.name });
        }
      }
    }
    return reports;
  },
});
