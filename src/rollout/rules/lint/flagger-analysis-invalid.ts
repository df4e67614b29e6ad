import { canaryAnalysis } from '../../lint/flagger-canary.js';
import { goDurationMs } from '../../lint/go-duration.js';
import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asList, asString, asWholeNumber } from '../../lint/plain-data.js';

const MIN_INTERVAL_MS = 10_000;

/**
 * What Flagger's controller does not run as written in a Canary's analysis: it replaces an interval Go cannot
 * parse with 1m (error: the schedule is not the one written), raises an interval under 10s to 10s, treats a
 * threshold under 1 as 1, and gives an A/B test (match conditions) without iterations 10 of them (warnings: it
 * runs, but not as written).
 */
export const flaggerAnalysisInvalid = defineLintRule({
  meta: {
    id: 'flagger-analysis-invalid',
    category: 'configuration',
    severity: 'error',
    description: 'A Flagger Canary analysis whose interval Go cannot parse (error), or whose interval under 10s, threshold under 1, or A/B test without iterations Flagger replaces (warning).',
    summary: 'a Flagger analysis interval, threshold or iterations the controller replaces',
  },
  check(manifest) {
    if (manifest.kind !== 'Canary') return [];
    const found = canaryAnalysis(manifest);
    if (!found) return [];
    const { analysis, path } = found;
    const reports: LintReport[] = [];
    const interval = asString(analysis.interval);
    if (analysis.interval !== undefined) {
      const ms = interval === undefined ? undefined : goDurationMs(interval);
      if (ms === undefined) {
        reports.push({ path: [...path, 'interval'], message: `${fieldPathText([...path, 'interval'])} is ${JSON.stringify(analysis.interval)}, not a Go duration: Flagger runs the analysis every 1m instead.`, suggestion: 'Write a duration such as 30s, 1m or 2m30s.' });
      } else if (ms < MIN_INTERVAL_MS) {
        reports.push({ path: [...path, 'interval'], severity: 'warning', message: `${fieldPathText([...path, 'interval'])} is ${interval}: Flagger never runs the analysis more often than every 10s.`, suggestion: 'Set interval to 10s or more.' });
      }
    }
    const threshold = asWholeNumber(analysis.threshold);
    if (analysis.threshold !== undefined && (threshold === undefined || threshold < 1)) {
      reports.push({ path: [...path, 'threshold'], severity: 'warning', message: `${fieldPathText([...path, 'threshold'])} is ${JSON.stringify(analysis.threshold)}: Flagger rolls back after 1 failed check instead.`, suggestion: 'Set threshold to the number of failed checks that should roll back (1 or more).' });
    }
    const iterations = asWholeNumber(analysis.iterations);
    if (asList(analysis.match).length > 0 && (iterations === undefined || iterations < 1)) {
      reports.push({ path: analysis.iterations === undefined ? [...path, 'match'] : [...path, 'iterations'], severity: 'warning', message: `${fieldPathText(path)} is an A/B test (match) without iterations of 1 or more: Flagger runs 10 iterations.`, suggestion: 'Set iterations to the number of analysis runs the A/B test should last.' });
    }
    return reports;
  },
});
