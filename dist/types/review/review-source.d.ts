import type { Finding } from '../core/finding.js';
import type { Language } from './review-rule.js';
import { type RuleSettings } from '../core/rules/settings.js';
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
