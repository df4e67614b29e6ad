import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChangeSet } from '../changes.js';
import { ANALYZERS, type AnalyzerName } from '../finding.js';
import { UsageError } from './usage-error.js';
import { validateConfigDocument, validateConfigObject } from './validate.js';
import type { FilterMode } from './choices.js';
import type { FailOn } from '../report.js';
import { parseSize } from './size.js';

export type { FilterMode } from './choices.js';

/** A rule's settings as written in the config file: `severity` plus the rule's own kebab-case options. */
export type RuleConfig = { severity?: 'error' | 'warning' | 'notice' | 'off' } & Record<string, unknown>;

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
  /** Honour peer linters' suppression comments (`# noqa`, `# pylint: disable=`, `// eslint-disable-line`, …). */
  peerSuppressions: boolean;
  rules: Record<string, RuleConfig>;
  overrides: Override[];
  /** Keys for the other analyzers and channels, validated by the schema and read by their owners. */
  settings: Record<string, unknown>;
}

export const DEFAULT_BASELINE = '.predator-guard-baseline.json';
export const CONFIG_FILE_NAMES = ['.predator-guard.yml', '.predator-guard.yaml'];

export function defaultConfig(root: string): Config {
  return {
    root,
    checks: ['review'],
    paths: ['.'],
    include: [],
    exclude: [],
    failOn: 'error',
    filterMode: 'added',
    maxFileSize: 1024 * 1024,
    workers: 'auto',
    peerSuppressions: true,
    rules: {},
    overrides: [],
    settings: {},
  };
}

/** What a config file or a door may set; unset keys keep the value from the layer below. */
export type ConfigLayer = Partial<Omit<Config, 'root'>>;

/** Reads and validates a config file; a bad file is a UsageError naming the key, the value and what is allowed. */
export function loadConfig(file: string): ConfigLayer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the config file '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the path given with --config / the config input.`);
  }
  const document = validateConfigDocument(text, file);
  return configLayerFromDocument(document, file);
}

/** Finds `.predator-guard.yml` at the root when no config was named. */
export function findConfigFile(root: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => path.join(root, name)).find((candidate) => existsSync(candidate));
}

/** Maps a validated kebab-case document onto the typed layer. */
export function configLayerFromDocument(document: Record<string, unknown>, source: string): ConfigLayer {
  const layer: ConfigLayer = {};
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) {
    switch (key) {
      case 'checks':
        layer.checks = parseChecks(value as string | string[], `${source}: checks`);
        break;
      case 'paths':
        layer.paths = toList(value as string | string[]);
        break;
      case 'include':
        layer.include = toList(value as string | string[]);
        break;
      case 'exclude':
        layer.exclude = toList(value as string | string[]);
        break;
      case 'fail-on':
        layer.failOn = value as FailOn;
        break;
      case 'filter-mode':
        layer.filterMode = value as FilterMode;
        break;
      case 'baseline':
        layer.baseline = value as string;
        break;
      case 'max-file-size':
        layer.maxFileSize = parseSize(value as string | number);
        break;
      case 'workers':
        layer.workers = value as number | 'auto';
        break;
      case 'peer-suppressions':
        layer.peerSuppressions = value as boolean;
        break;
      case 'rules':
        layer.rules = value as Record<string, RuleConfig>;
        break;
      case 'overrides':
        layer.overrides = (value as { files: string | string[]; rules?: Record<string, RuleConfig> }[]).map((entry) => ({
          files: toList(entry.files),
          rules: entry.rules ?? {},
        }));
        break;
      default:
        settings[key] = value;
    }
  }
  if (Object.keys(settings).length > 0) layer.settings = settings;
  return layer;
}

/** Lists may be written as YAML lists or as comma lists (as action inputs are). */
export function toList(value: string | readonly string[]): string[] {
  const items = typeof value === 'string' ? value.split(/[,\n]/) : [...value];
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

export function parseChecks(value: string | readonly string[], where: string): AnalyzerName[] {
  const checks = toList(value);
  for (const check of checks) {
    if (!(ANALYZERS as readonly string[]).includes(check)) {
      throw new UsageError(`${where}: unknown check '${check}'. Expected a comma list of ${ANALYZERS.join(', ')}.`);
    }
  }
  return checks as AnalyzerName[];
}

/** The typed layer keys that have a config-file twin, and that twin's (kebab-case) name. */
const FILE_KEYS: Partial<Record<keyof ConfigLayer, string>> = {
  checks: 'checks',
  paths: 'paths',
  include: 'include',
  exclude: 'exclude',
  failOn: 'fail-on',
  filterMode: 'filter-mode',
  baseline: 'baseline',
  maxFileSize: 'max-file-size',
  workers: 'workers',
  rules: 'rules',
  overrides: 'overrides',
};

/**
 * A layer as code gives it, checked as the CLI checks a config file: the typed keys (`failOn`) and the file's own
 * keys (`'fail-on'`) are both accepted, and everything is validated against the config schema, so an unknown key or
 * rule id (`nested-loops`) or a bad value is a UsageError with the file's messages and typo hints rather than a
 * setting silently ignored.
 */
function checkedLayer(layer: ConfigLayer, source: string): ConfigLayer {
  const typed: Record<string, unknown> = {};
  const asFile: Record<string, unknown> = {};
  const fileForm: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(layer as Record<string, unknown>)) {
    if (value === undefined) continue;
    const twin = FILE_KEYS[key as keyof ConfigLayer];
    if (twin !== undefined) {
      typed[key] = value;
      // `baseline: false` (no baseline) has no file form.
      if (!(key === 'baseline' && value === false)) asFile[twin] = value;
    } else if (key === 'diffBase' || key === 'changes') {
      typed[key] = value;
    } else if (key === 'settings') {
      Object.assign(fileForm, value as Record<string, unknown>);
    } else {
      fileForm[key] = value;
    }
  }
  validateConfigObject({ ...fileForm, ...asFile }, source);
  return { ...configLayerFromDocument(fileForm, source), ...(typed as ConfigLayer) };
}

/**
 * The library's merge: each layer is validated like a config file (see checkedLayer), so the library refuses what
 * the CLI refuses, then merged as mergeLayers does.
 */
export function mergeConfig(base: Config, ...layers: ConfigLayer[]): Config {
  return mergeLayers(base, ...layers.map((layer, index) => checkedLayer(layer, `mergeConfig() layer ${index + 1}`)));
}

/**
 * Precedence: defaults < config file < CLI options / action inputs. Rules merge per rule, settings per key. The doors
 * use this directly: their layers come from a validated file and from flags or inputs each door checks itself, with
 * messages that name the flag or input rather than a layer.
 */
export function mergeLayers(base: Config, ...layers: ConfigLayer[]): Config {
  let merged = base;
  for (const layer of layers) {
    const defined = Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== undefined)) as ConfigLayer;
    merged = {
      ...merged,
      ...defined,
      rules: mergeRules(merged.rules, defined.rules ?? {}),
      overrides: [...merged.overrides, ...(defined.overrides ?? [])],
      settings: { ...merged.settings, ...defined.settings },
    };
  }
  return merged;
}

export function mergeRules(
  base: Record<string, RuleConfig>,
  extra: Record<string, RuleConfig>,
): Record<string, RuleConfig> {
  const merged = { ...base };
  for (const [rule, settings] of Object.entries(extra)) merged[rule] = { ...merged[rule], ...settings };
  return merged;
}
