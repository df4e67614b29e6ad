import type { Finding } from '../../core/finding.js';
import { unusedSuppression, unusedSuppressionFindings } from '../../core/rules/hygiene/unused-suppression.js';
import { severityFor, type RuleSettings } from '../../core/rules/settings.js';
import { applySuppressions } from '../../core/rules/suppressions.js';
import type { FileDirectives } from './yaml-directives.js';

/**
 * Applies each manifest file's `predator-guard-ignore…` comments to the lint findings of that file, and reports
 * every directive (or rule in it) that suppressed nothing as `unused-suppression`, as the review does for code.
 * `knownRules` is the rule ids that can report on a manifest: a review rule named in one can never match, so it is
 * "unknown" here. `notRun` is the known rules that did not run this time (the pre-merge dry run without
 * `prometheus-url`): a directive naming one is not stale for it, since that rule had no chance to match.
 */
export function suppressLintFindings(
  findings: readonly Finding[],
  suppressionsByFile: ReadonlyMap<string, FileDirectives>,
  knownRules: ReadonlySet<string>,
  settingsFor: (file: string) => RuleSettings,
  notRun: ReadonlySet<string> = new Set(),
): Finding[] {
  const result: Finding[] = [];
  for (const [file, fileFindings] of groupByFile(findings, suppressionsByFile.keys())) {
    const suppressions = suppressionsByFile.get(file);
    if (!suppressions || suppressions.directives.length === 0) {
      result.push(...fileFindings);
      continue;
    }
    const { kept, unused } = applySuppressions(fileFindings, suppressions.directives, [], notRun);
    result.push(...kept);
    const severity = severityFor(unusedSuppression.meta, settingsFor(file)[unusedSuppression.meta.id]?.severity);
    if (!severity) continue;
    result.push(...unusedSuppressionFindings({ analyzer: 'rollout', file, source: suppressions.source, unused, severity, isKnownRule: (rule) => knownRules.has(rule) }));
  }
  return result;
}

/**
 * Findings grouped by file. Every file with directives gets a group even without findings, because a directive in a
 * file with nothing to suppress is exactly what must be reported.
 */
function groupByFile(findings: readonly Finding[], filesWithDirectives: Iterable<string>): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const file of filesWithDirectives) groups.set(file, []);
  for (const finding of findings) {
    const file = finding.file ?? '';
    const group = groups.get(file);
    if (group) group.push(finding);
    else groups.set(file, [finding]);
  }
  return groups;
}
