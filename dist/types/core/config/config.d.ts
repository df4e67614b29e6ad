import type { ChangeSet } from '../changes.js';
import { type AnalyzerName } from '../finding.js';
import type { FilterMode } from './choices.js';
import type { FailOn } from '../report.js';
export type { FilterMode } from './choices.js';
/** A rule's settings as written in the config file: `severity` plus the rule's own kebab-case options. */
export type RuleConfig = {
    severity?: 'error' | 'warning' | 'notice' | 'off';
} & Record<string, unknown>;
export interface Override {
    files: string[];
    rules: Record<string, RuleConfig>;
}
/**
 * Everything a run needs, whichever door it came through. The config file, CLI flags and action inputs all map
 * onto this one shape (kebab-case keys in files and inputs, camelCase here).
 */
export interface Config {
    /** Repository root: paths in findings are relative to it. */
    root: string;
    checks: AnalyzerName[];
    paths: string[];
    include: string[];
    exclude: string[];
    failOn: FailOn;
    filterMode: FilterMode;
    /** Git ref whose diff decides which lines count as changed (CLI `--diff-base`). */
    diffBase?: string;
    /**
     * The files and lines the change touched, when a door knows them (the CLI from `git diff`, the action from
     * GitHub's API); unset reviews and reports everything under `paths`. It is data rather than a client in `Deps`
     * on purpose: a door fetches it once, and the core, the library and the tests can build or replay it without
     * git or HTTP.
     */
    changes?: ChangeSet;
    /** Baseline file whose findings are hidden; unset uses .predator-guard-baseline.json when present, false none. */
    baseline?: string | false;
    maxFileSize: number;
    /** Worker threads for the review; `auto` uses every core when there are enough files. */
    workers: number | 'auto';
    rules: Record<string, RuleConfig>;
    overrides: Override[];
    /** Keys for the other analyzers and channels, validated by the schema and read by their owners. */
    settings: Record<string, unknown>;
}
export declare const DEFAULT_BASELINE = ".predator-guard-baseline.json";
export declare const CONFIG_FILE_NAMES: string[];
export declare function defaultConfig(root: string): Config;
/** What a config file or a door may set; unset keys keep the value from the layer below. */
export type ConfigLayer = Partial<Omit<Config, 'root'>>;
/** Reads and validates a config file; a bad file is a UsageError naming the key, the value and what is allowed. */
export declare function loadConfig(file: string): ConfigLayer;
/** Finds `.predator-guard.yml` at the root when no config was named. */
export declare function findConfigFile(root: string): string | undefined;
/** Maps a validated kebab-case document onto the typed layer. */
export declare function configLayerFromDocument(document: Record<string, unknown>, source: string): ConfigLayer;
/** Lists may be written as YAML lists or as comma lists (as action inputs are). */
export declare function toList(value: string | readonly string[]): string[];
export declare function parseChecks(value: string | readonly string[], where: string): AnalyzerName[];
/** Precedence: defaults < config file < CLI options / action inputs. Rules merge per rule, settings per key. */
export declare function mergeConfig(base: Config, ...layers: ConfigLayer[]): Config;
export declare function mergeRules(base: Record<string, RuleConfig>, extra: Record<string, RuleConfig>): Record<string, RuleConfig>;
