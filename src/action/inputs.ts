import * as core from '@actions/core';
import path from 'node:path';
import { configLayerFromDocument, defaultConfig, findConfigFile, loadConfig, mergeLayers, type Config, type ConfigLayer } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import { validateSettings } from '../core/config/validate.js';

/**
 * action.yml's defaults. The runner passes every input, defaulted or not, so an input equal to its default is
 * treated as unset and leaves the config file's value in place; a test keeps this table equal to action.yml.
 */
export const INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  checks: 'review',
  paths: '.',
  'filter-mode': 'added',
  'fail-on': 'error',
  comment: 'true',
  'comment-tag': 'predator-guard',
  annotations: 'true',
  'check-run': 'false',
  'verify-indexes': 'auto',
  'params-style': 'auto',
  'statement-timeout': '30s',
  'lock-timeout': '2s',
  namespace: 'default',
  'rollout-timeout': '10m',
  'success-on-pause': 'false',
  'allow-empty': 'false',
  'peer-suppressions': 'true',
  'measure-migrations': 'true',
  'review-comments': 'false',
};

const BOOLEAN_INPUTS = new Set(['comment', 'review-comments', 'annotations', 'check-run', 'analyze', 'success-on-pause', 'allow-empty', 'peer-suppressions', 'measure-migrations']);
/** Inputs that are settings of the run; the token and the config file's own path are not. */
const SETTING_INPUTS = [
  'checks', 'paths', 'filter-mode', 'fail-on', 'peer-suppressions', 'comment', 'comment-tag', 'section', 'review-comments', 'annotations', 'check-run', 'sarif-file', 'baseline',
  'database-url', 'queries', 'schema', 'seed', 'analyze', 'plan', 'params-style', 'allow-functions', 'verify-indexes', 'statement-timeout', 'lock-timeout', 'migrations', 'measure-migrations',
  'kubeconfig', 'context', 'rollout', 'kind', 'selector', 'namespace', 'rollout-timeout', 'image', 'success-on-pause', 'prometheus-url',
  'allow-empty',
];

/** How the action publishes, beside the config every door shares. */
export interface ActionSettings {
  config: Config;
  /** The inputs set explicitly, as a config layer: what the fork-safe publisher lays over the base branch's config. */
  inputLayer: ConfigLayer;
  /** The `config` input as given (a path in the repository), when set. */
  configInput?: string;
  token: string;
  comment: boolean;
  commentTag: string;
  /** The `section` input: this run's sections are `<analyzer>:<section>` (undefined: `<analyzer>`). */
  section?: string;
  /** The `review-comments` input: findings on changed lines also as one review with inline comments. */
  reviewComments: boolean;
  annotations: boolean;
  checkRun: boolean;
  sarifFile?: string;
  /** A saved JSON report to publish instead of analyzing (the fork-safe posting job). */
  reportFile?: string;
  pullRequest?: number;
}

/**
 * The only reader of action inputs: defaults < config file < inputs set explicitly. An invalid input fails the
 * step naming the input, the value and what is allowed.
 */
export function readActionSettings(workspace: string): ActionSettings {
  const root = path.resolve(workspace);
  const configInput = core.getInput('config');
  const configFile = configInput ? path.resolve(root, configInput) : findConfigFile(root);
  const fileLayer = configFile ? loadConfig(configFile) : {};
  const explicit: Record<string, unknown> = {};
  for (const name of SETTING_INPUTS) {
    const value = core.getInput(name);
    if (value === '' || value === INPUT_DEFAULTS[name]) continue;
    explicit[name] = BOOLEAN_INPUTS.has(name) ? parseBoolean(name, value) : value;
  }
  validateSettings(explicit, (key) => `input '${key}'`);
  const inputLayer = configLayerFromDocument(explicit, 'action inputs');
  const config = mergeLayers(defaultConfig(root), fileLayer, inputLayer);
  const setting = (name: string): unknown => config.settings[name] ?? defaultOf(name);
  const sarifFile = setting('sarif-file') as string | undefined;
  return {
    config,
    inputLayer,
    configInput: configInput || undefined,
    reportFile: core.getInput('report') ? path.resolve(root, core.getInput('report')) : undefined,
    pullRequest: parsePullRequest(core.getInput('pull-request')),
    token: core.getInput('github-token'),
    comment: setting('comment') as boolean,
    commentTag: setting('comment-tag') as string,
    section: (setting('section') as string | undefined) || undefined,
    reviewComments: setting('review-comments') as boolean,
    annotations: setting('annotations') as boolean,
    checkRun: setting('check-run') as boolean,
    sarifFile: sarifFile ? path.resolve(root, sarifFile) : undefined,
  };
}

function parsePullRequest(value: string): number | undefined {
  if (value === '') return undefined;
  if (/^[1-9]\d*$/.test(value.trim())) return Number(value.trim());
  throw new UsageError(`input 'pull-request': got '${value}'; expected a pull-request number such as 42.`);
}

function defaultOf(name: string): unknown {
  const value = INPUT_DEFAULTS[name];
  if (value === undefined) return undefined;
  return BOOLEAN_INPUTS.has(name) ? value === 'true' : value;
}

/** As YAML 1.2 core schema reads booleans, which is what users write in `with:`. */
function parseBoolean(name: string, value: string): boolean {
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new UsageError(`input '${name}': got '${value}'; expected true or false.`);
}
