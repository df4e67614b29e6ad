import type { Config } from '../config/config.js';
import type { Severity } from '../finding.js';
/** A rule's effective setting for one file, after defaults, the config file and per-path overrides. */
export interface RuleSetting {
    /** `default` keeps the rule's own severity while its options change. */
    severity: Severity | 'off' | 'default';
    options: Record<string, unknown>;
}
export type RuleSettings = Record<string, RuleSetting>;
/**
 * Resolves the rule settings that apply to each file: the config's `rules`, then every override whose globs match
 * the file, in order. Matchers are compiled once per run, not once per file.
 */
export declare function ruleSettingsResolver(config: Pick<Config, 'rules' | 'overrides'>): (file: string) => RuleSettings;
/**
 * The severity a finding gets: the configured one; else the one the rule graded this finding (a rule may report
 * some findings more severely than its default); else the rule's default. Undefined when the config turns the rule
 * off, so the finding is not made at all.
 */
export declare function severityFor(meta: {
    severity: Severity;
}, configured: Exclude<RuleSetting['severity'], 'off'> | undefined, graded?: Severity): Severity;
export declare function severityFor(meta: {
    severity: Severity;
}, configured: RuleSetting['severity'] | undefined, graded?: Severity): Severity | undefined;
