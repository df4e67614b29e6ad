import type { Finding } from '../../core/finding.js';
import { type RuleSettings } from '../../core/rules/settings.js';
import type { FileDirectives } from './yaml-directives.js';
/**
 * Applies each manifest file's `predator-guard-ignore…` comments to the lint findings of that file, and reports
 * every directive (or rule in it) that suppressed nothing as `unused-suppression`, as the review does for code.
 * `knownRules` is the lint's rule ids: a review rule named in a manifest can never match, so it is "unknown" here.
 */
export declare function suppressLintFindings(findings: readonly Finding[], suppressionsByFile: ReadonlyMap<string, FileDirectives>, knownRules: ReadonlySet<string>, settingsFor: (file: string) => RuleSettings): Finding[];
