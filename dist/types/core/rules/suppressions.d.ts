import type { Finding } from '../finding.js';
import type { SourceText } from './source-text.js';
/** The marker every directive starts with, in any comment syntax. */
export declare const DIRECTIVE_MARKER = "predator-guard-ignore";
export type DirectiveScope = 'line' | 'next-line' | 'file';
export interface Directive {
    scope: DirectiveScope;
    rules: string[];
    reason?: string;
    /** Where the directive's comment stands: unused-suppression findings point here. */
    start: number;
    end: number;
    /** 1-based line the directive applies to (unset for file scope). */
    targetLine?: number;
}
/**
 * Reads the directive in one comment. `commentStart`/`commentEnd` are the comment's offsets; a next-line directive
 * in a block comment applies to the line after the comment's last line.
 */
export declare function parseDirective(comment: string, commentStart: number, commentEnd: number, source: SourceText): Directive | undefined;
export interface SuppressionOutcome {
    kept: Finding[];
    unused: {
        directive: Directive;
        rules: string[];
    }[];
}
/**
 * Drops findings a directive names. Every rule a directive lists must suppress something on its target, or it is
 * reported back as unused (a stale directive hides the next real problem on that line).
 */
export declare function applySuppressions(findings: readonly Finding[], directives: readonly Directive[]): SuppressionOutcome;
