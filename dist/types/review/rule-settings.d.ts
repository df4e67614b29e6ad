import type { Config } from '../core/config.js';
import type { RuleSettings } from './review-source.js';
/**
 * Resolves the rule settings that apply to each file: the config's `rules`, then every override whose globs match
 * the file, in order. Matchers are compiled once per run, not once per file.
 */
export declare function ruleSettingsResolver(config: Pick<Config, 'rules' | 'overrides'>): (file: string) => RuleSettings;
