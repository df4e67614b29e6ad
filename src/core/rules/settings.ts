import picomatch from 'picomatch';
import type { Config, RuleConfig } from '../config/config.js';
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
export function ruleSettingsResolver(config: Pick<Config, 'rules' | 'overrides'>): (file: string) => RuleSettings {
  const overrides = config.overrides.map((override) => ({
    matches: picomatch(override.files, { dot: true }),
    rules: override.rules,
  }));
  const base = toSettings(config.rules);
  return (file) => {
    let settings = base;
    for (const override of overrides) {
      if (!override.matches(file)) continue;
      settings = { ...settings };
      for (const [rule, ruleConfig] of Object.entries(override.rules)) {
        const current = settings[rule];
        const { severity, options } = splitRuleConfig(ruleConfig);
        settings[rule] = {
          severity: severity ?? current?.severity ?? 'default',
          options: { ...current?.options, ...options },
        };
      }
    }
    return settings;
  };
}

function toSettings(rules: Record<string, RuleConfig>): RuleSettings {
  const settings: RuleSettings = {};
  for (const [rule, ruleConfig] of Object.entries(rules)) {
    const { severity, options } = splitRuleConfig(ruleConfig);
    settings[rule] = { severity: severity ?? 'default', options };
  }
  return settings;
}

function splitRuleConfig(ruleConfig: RuleConfig): { severity?: RuleConfig['severity']; options: Record<string, unknown> } {
  const { severity, ...options } = ruleConfig;
  return { severity, options };
}

/**
 * The severity a finding gets: the configured one; else the one the rule graded this finding (a rule may report
 * some findings more severely than its default); else the rule's default. Undefined when the config turns the rule
 * off, so the finding is not made at all.
 */
export function severityFor(meta: { severity: Severity }, configured: Exclude<RuleSetting['severity'], 'off'> | undefined, graded?: Severity): Severity;
export function severityFor(meta: { severity: Severity }, configured: RuleSetting['severity'] | undefined, graded?: Severity): Severity | undefined;
export function severityFor(meta: { severity: Severity }, configured: RuleSetting['severity'] | undefined, graded?: Severity): Severity | undefined {
  if (configured === 'off') return undefined;
  if (configured === undefined || configured === 'default') return graded ?? meta.severity;
  return configured;
}
