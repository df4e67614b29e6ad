import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { analysisReferences } from '../../lint/analysis-references.js';
import { fieldPathText, isAnalysisTemplate, type FieldPath, type Manifest } from '../../lint/manifest.js';
import { compileMetricNameRule } from '../../lint/metric-name-rule.js';
import { asList, asRecord, asString } from '../../lint/plain-data.js';
import { templateMetrics } from '../../lint/template-metrics.js';
import type { TemplateIndex } from '../../lint/template-index.js';

const RULE_LISTS = ['dryRun', 'measurementRetention'] as const;

/**
 * The controller merges the dryRun and measurementRetention rules of an analysis (the Rollout's and its templates')
 * and refuses two rules with one metricName; when the AnalysisRun starts, a rule that matches no metric of the run
 * ends it in Error ("Analysis spec invalid"), so the step or promotion it gates fails. A template's rules are matched
 * against its own metrics; a Rollout's against the metrics of all its templates, when every one is among the files.
 */
export const metricRuleInvalid = defineLintRule({
  meta: {
    id: 'metric-rule-invalid',
    category: 'configuration',
    severity: 'error',
    description: 'A dryRun or measurementRetention rule whose metricName another rule of the same list repeats, that is not a regular expression, or that matches no metric of the analysis.',
    summary: 'a dryRun / measurementRetention metricName repeated, not a regular expression, or matching no metric',
  },
  check(manifest, { templates }) {
    if (isAnalysisTemplate(manifest)) {
      return checkRules(manifest.object.spec, ['spec'], templateMetrics(manifest).map(({ name }) => name), `${manifest.kind} '${manifest.name}'`);
    }
    if (manifest.kind !== 'Rollout') return [];
    return analysisReferences(manifest).flatMap((reference) => {
      if (reference.usage === 'experiment') return []; // an experiment's dryRun covers all its analyses: not judged.
      return checkRules(valueAt(manifest.object, reference.path), reference.path, metricsOf(reference.templates, manifest, templates), `the analysis at ${fieldPathText(reference.path)}`);
    });
  },
});

function valueAt(root: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((value, key) => (typeof key === 'number' ? asList(value)[key] : asRecord(value)[key]), root);
}

/** The metric names of every template an analysis names, or undefined when one is not among the linted files. */
function metricsOf(references: readonly { templateName: string; clusterScope: boolean }[], rollout: Manifest, templates: TemplateIndex): string[] | undefined {
  const names: string[] = [];
  for (const reference of references) {
    const template = templates.find(reference, rollout);
    if (!template) return undefined;
    names.push(...templateMetrics(template).map(({ name }) => name));
  }
  return references.length === 0 ? undefined : names;
}

function checkRules(block: unknown, base: FieldPath, metrics: string[] | undefined, owner: string): LintReport[] {
  const reports: LintReport[] = [];
  for (const list of RULE_LISTS) {
    const seen = new Set<string>();
    asList(asRecord(block)[list]).forEach((rule, index) => {
      const metricName = asString(asRecord(rule).metricName);
      if (metricName === undefined) return;
      const path: FieldPath = [...base, list, index, 'metricName'];
      const where = fieldPathText(path);
      if (seen.has(metricName)) {
        reports.push({ path, message: `${where} is '${metricName}', which an earlier ${list} rule already names; the controller refuses two ${list} rules for one metric name.`, suggestion: 'Remove the repeated rule.' });
        return;
      }
      seen.add(metricName);
      const pattern = compileMetricNameRule(metricName);
      if (!pattern) {
        reports.push({ path, message: `${where} is '${metricName}', which is not a regular expression: it matches no metric, and the AnalysisRun of ${owner} ends in Error.`, suggestion: metricName === '*' ? "Write '.*' to match every metric." : 'Write a valid regular expression, or the metric name itself.' });
        return;
      }
      if (metrics !== undefined && metrics.length > 0 && !metrics.some((name) => pattern.test(name))) {
        reports.push({ path, message: `${where} is '${metricName}', which matches no metric of ${owner} (${metrics.join(', ')}): the AnalysisRun ends in Error.`, suggestion: 'Name one of the metrics, or remove the rule.' });
      }
    });
  }
  return reports;
}
