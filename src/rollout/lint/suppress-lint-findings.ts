import type { Finding, Severity } from '../../core/finding.js';
import { fingerprintOf, OccurrenceCounter } from '../../review/fingerprint.js';
import type { RuleSettings } from '../../review/review-source.js';
import { unusedSuppression } from '../../review/rules/unused-suppression.js';
import { applySuppressions, unusedSuppressionMessage, type SuppressionOutcome } from '../../review/suppressions.js';
import type { FileDirectives } from './yaml-directives.js';

/**
 * Applies each manifest file's `predator-guard-ignore…` comments to the lint findings of that file, and reports
 * every directive (or rule in it) that suppressed nothing as `unused-suppression`, as the review does for code.
 * `knownRules` is the lint's rule ids: a review rule named in a manifest can never match, so it is "unknown" here.
 */
export function suppressLintFindings(
  findings: readonly Finding[],
  suppressionsByFile: ReadonlyMap<string, FileDirectives>,
  knownRules: ReadonlySet<string>,
  settingsFor: (file: string) => RuleSettings,
): Finding[] {
  const result: Finding[] = [];
  for (const [file, fileFindings] of groupByFile(findings, suppressionsByFile.keys())) {
    const suppressions = suppressionsByFile.get(file);
    if (!suppressions || suppressions.directives.length === 0) {
      result.push(...fileFindings);
      continue;
    }
    const { kept, unused } = applySuppressions(fileFindings, suppressions.directives);
    result.push(...kept);
    const severity = unusedSeverity(settingsFor(file));
    if (!severity) continue;
    result.push(...unusedFindings(file, unused, suppressions, severity, knownRules));
  }
  return result;
}

/** One unused-suppression finding per stale directive, placed on the directive from its marker to the comment's end. */
function unusedFindings(
  file: string,
  unused: SuppressionOutcome['unused'],
  suppressions: FileDirectives,
  severity: Severity,
  knownRules: ReadonlySet<string>,
): Finding[] {
  const occurrences = new OccurrenceCounter();
  return unused.map(({ directive, rules }): Finding => {
    const start = suppressions.source.position(directive.start);
    const end = suppressions.source.position(Math.max(directive.start, directive.end));
    const code = suppressions.source.lineText(start.line);
    return {
      analyzer: 'rollout',
      rule: unusedSuppression.meta.id,
      category: unusedSuppression.meta.category,
      severity,
      message: unusedSuppressionMessage(rules, (rule) => knownRules.has(rule)),
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      // Built from the directive's line, not its number, so the finding keeps its identity when lines move.
      fingerprint: fingerprintOf(unusedSuppression.meta.id, file, code, occurrences.next(code.trim().replace(/\s+/g, ' '))),
      data: { rules },
    };
  });
}

/** Undefined when the config turns unused-suppression off for this file. */
function unusedSeverity(settings: RuleSettings): Severity | undefined {
  const configured = settings[unusedSuppression.meta.id]?.severity ?? 'default';
  if (configured === 'off') return undefined;
  return configured === 'default' ? unusedSuppression.meta.severity : configured;
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
