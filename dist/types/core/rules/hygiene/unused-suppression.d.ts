import type { AnalyzerName, Finding, Severity } from '../../finding.js';
import type { SourceText } from '../source-text.js';
import type { SuppressionOutcome } from '../suppressions.js';
/**
 * Reported by the engine for a `predator-guard-ignore` directive that suppressed nothing: a stale directive would
 * silently hide the next real problem on its line. Every analyzer that reads directives (the review in code, the
 * rollout lint in manifests) reports it the same way.
 */
export declare const unusedSuppression: import("../rule.js").Rule<{
    meta: {
        id: "unused-suppression";
        category: "hygiene";
        severity: "notice";
        description: string;
        summary: string;
    };
    defaultOptions: {};
}, {}, "unused-suppression">;
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
export declare function unusedSuppressionFindings({ analyzer, file, source, unused, severity, isKnownRule }: UnusedDirectives): Finding[];
/** What is wrong with an unused directive: it names no rule, names a rule this analyzer does not have, or matched nothing. */
export declare function unusedSuppressionMessage(rules: readonly string[], isKnownRule: (rule: string) => boolean): string;
