import type { AnalyzerName, Finding, Severity } from '../../finding.js';
import { fingerprintOf, OccurrenceCounter } from '../fingerprint.js';
import type { SourceText } from '../source-text.js';
import { defineRule } from '../rule.js';
import type { SuppressionOutcome } from '../suppressions.js';

/**
 * Reported by the engine for a `predator-guard-ignore` directive that suppressed nothing: a stale directive would
 * silently hide the next real problem on its line. Every analyzer that reads directives (the review in code, the
 * rollout lint in manifests) reports it the same way.
 */
export const unusedSuppression = defineRule({
  meta: {
    id: 'unused-suppression',
    category: 'hygiene',
    severity: 'notice',
    description: 'A suppression directive that suppresses no finding.',
    summary: 'a suppression directive that suppresses nothing (or names an unknown rule)',
  },
  defaultOptions: {},
});

export interface UnusedDirectives {
  analyzer: AnalyzerName;
  /** Repository-relative path with `/` separators. */
  file: string;
  source: SourceText;
  unused: SuppressionOutcome['unused'];
  severity: Severity;
  /** The analyzer's own rule ids: a rule of another analyzer can never match a finding in this file. */
  isKnownRule: (rule: string) => boolean;
}

/**
 * One finding per stale directive, placed on the directive from its marker to the comment's end. The fingerprint is
 * built from the directive's line, not its number, so the finding keeps its identity when lines move.
 */
export function unusedSuppressionFindings({ analyzer, file, source, unused, severity, isKnownRule }: UnusedDirectives): Finding[] {
  const occurrences = new OccurrenceCounter();
  const { id, category } = unusedSuppression.meta;
  return unused.map(({ directive, rules }): Finding => {
    const start = source.position(directive.start);
    const end = source.position(Math.max(directive.start, directive.end));
    const code = source.lineText(start.line);
    return {
      analyzer,
      rule: id,
      category,
      severity,
      message: unusedSuppressionMessage(rules, isKnownRule),
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      fingerprint: fingerprintOf(id, file, code, occurrences.next(code.trim().replace(/\s+/g, ' '))),
      data: { rules },
    };
  });
}

/** What is wrong with an unused directive: it names no rule, names a rule this analyzer does not have, or matched nothing. */
export function unusedSuppressionMessage(rules: readonly string[], isKnownRule: (rule: string) => boolean): string {
  if (rules.length === 0) return 'Suppression names no rule; write the rule id after the directive.';
  const unknown = rules.filter((rule) => !isKnownRule(rule));
  if (unknown.length > 0) return `Suppression names unknown rule ${unknown.map((rule) => `'${rule}'`).join(', ')}.`;
  return `Suppression of ${rules.map((rule) => `'${rule}'`).join(', ')} matches no finding.`;
}
