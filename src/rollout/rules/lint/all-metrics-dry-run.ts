import { isAnalysisTemplate } from '../../lint/manifest.js';
import { defineLintRule } from '../../lint/lint-rule.js';
import { asList, asRecord, asString } from '../../lint/plain-data.js';
import { compileMetricNameRule } from '../../lint/metric-name-rule.js';
import { templateMetrics } from '../../lint/template-metrics.js';

/** R19: dry-run metrics are measured but never affect the run's phase, so a template of only those gates nothing. */
export const allMetricsDryRun = defineLintRule({
  meta: {
    id: 'all-metrics-dry-run',
    category: 'configuration',
    severity: 'notice',
    description: "A template whose spec.dryRun rules (regular expressions such as '.*', or each name) cover every metric, so its analysis can never fail.",
    summary: '`spec.dryRun` covering every metric, so the analysis can never fail (R19)',
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    const dryRun = asList(asRecord(manifest.object.spec).dryRun).flatMap((entry) => asString(asRecord(entry).metricName) ?? []);
    const metrics = templateMetrics(manifest).map(({ name }) => name);
    if (dryRun.length === 0 || metrics.length === 0) return [];
    // metricName is a regular expression matched anywhere in the name ('.*' covers all); '*' does not compile and
    // covers nothing (metric-rule-invalid reports it).
    const patterns = dryRun.flatMap((name) => compileMetricNameRule(name) ?? []);
    if (!metrics.every((name) => patterns.some((pattern) => pattern.test(name)))) return [];
    const covered = dryRun.length === 1 ? `'${dryRun[0]}', which matches every metric (${metrics.join(', ')})` : `every metric (${metrics.join(', ')})`;
    return [
      {
        path: ['spec', 'dryRun'],
        message: `spec.dryRun of ${manifest.kind} '${manifest.name}' covers ${covered}: dry-run metrics never affect the run, so this analysis can never fail a rollout.`,
        suggestion: 'Remove from spec.dryRun the metrics that should gate the rollout.',
      },
    ];
  },
});
