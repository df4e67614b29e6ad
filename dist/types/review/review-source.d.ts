import type { Finding, Severity } from '../core/finding.js';
import type { Language } from './rule.js';
/** A rule's effective setting for one file, after defaults, the config file and per-path overrides. */
export interface RuleSetting {
    /** `default` keeps the rule's own severity while its options change. */
    severity: Severity | 'off' | 'default';
    options: Record<string, unknown>;
}
export type RuleSettings = Record<string, RuleSetting>;
export interface SourceInput {
    /** Repository-relative path with `/` separators. */
    file: string;
    text: string;
    language: Language;
    rules: RuleSettings;
}
/**
 * Reviews one file: parse, run every enabled rule in one walk, apply the file's suppression directives, and turn
 * offsets into findings. A file that does not parse gets exactly one syntax-error finding and nothing else.
 */
export declare function reviewSource(input: SourceInput): Promise<Finding[]>;
