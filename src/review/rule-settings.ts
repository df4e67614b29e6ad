import picomatch from 'picomatch';
import type { Config, RuleConfig } from '../core/config.js';
import type { RuleSettings } from './review-source.js';

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
