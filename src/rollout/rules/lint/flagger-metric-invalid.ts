import { analysisEntries } from '../../lint/flagger-canary.js';
import { goDurationMs } from '../../lint/go-duration.js';
import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asRecord, asString, isRecord } from '../../lint/plain-data.js';

/** The metrics Flagger knows by name (Prometheus queries it writes itself, for its mesh and ingress providers). */
const BUILTIN_METRICS = ['request-success-rate', 'request-duration'];

/**
 * A Canary metric Flagger cannot measure or that checks nothing: neither a built-in name, nor a templateRef, nor
 * an inline query; an interval Go cannot parse; a templateRef to a MetricTemplate no linted file defines in the
 * Canary's namespace (a notice: it may be in the cluster); no thresholdRange (warning: every value passes).
 */
export const flaggerMetricInvalid = defineLintRule({
  meta: {
    id: 'flagger-metric-invalid',
    category: 'configuration',
    severity: 'error',
    description:
      'A Flagger Canary metric that is not a built-in, has no templateRef and no query, or has an interval Go cannot parse (error); one without thresholdRange (warning); a templateRef to a MetricTemplate no linted file defines (notice).',
    summary: 'a Flagger metric Flagger cannot measure, with no threshold, or whose MetricTemplate is not among the files',
  },
  check(manifest, { flagger }) {
    if (manifest.kind !== 'Canary') return [];
    return analysisEntries(manifest, 'metrics').flatMap(({ entry, path }) => {
      const reports: LintReport[] = [];
      const name = asString(entry.name) ?? '';
      const reference = asRecord(entry.templateRef);
      const templateName = asString(reference.name);
      if (!BUILTIN_METRICS.includes(name) && templateName === undefined && asString(entry.query) === undefined) {
        reports.push({ path, message: `${fieldPathText(path)} ('${name}') is neither a built-in metric (${BUILTIN_METRICS.join(', ')}) nor has a templateRef or a query: Flagger has nothing to measure.`, suggestion: 'Add templateRef: {name: …} naming a MetricTemplate, or use a built-in metric name.' });
      }
      if (entry.interval !== undefined && goDurationMs(String(entry.interval)) === undefined) {
        reports.push({ path: [...path, 'interval'], message: `${fieldPathText([...path, 'interval'])} is ${JSON.stringify(entry.interval)}, not a Go duration (30s, 1m, 2m30s).`, suggestion: 'Write a Go duration.' });
      }
      // The older `threshold` (a minimum for the success rate, a maximum otherwise) is still honoured.
      const ranged = isRecord(entry.thresholdRange) && (entry.thresholdRange.min !== undefined || entry.thresholdRange.max !== undefined);
      if (!ranged && entry.threshold === undefined) {
        reports.push({ path, severity: 'warning', message: `${fieldPathText(path)} ('${name}') has no thresholdRange min or max (nor the older threshold): every value passes, so it checks nothing.`, suggestion: 'Add thresholdRange: {min: …} or {max: …}.' });
      }
      if (templateName !== undefined && !flagger.metricTemplate(templateName, asString(reference.namespace), manifest)) {
        reports.push({ path: [...path, 'templateRef', 'name'], severity: 'notice', message: `${fieldPathText([...path, 'templateRef', 'name'])} is '${templateName}', but no MetricTemplate of that name is among the linted manifests; only the cluster can tell whether it exists there.`, suggestion: `Add the MetricTemplate '${templateName}' under the lint paths to have it checked, or correct the name.` });
      }
      return reports;
    });
  },
});
