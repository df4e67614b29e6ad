import type { ConfigLayer } from '../core/config/config.js';
import { UsageError } from '../core/config/usage-error.js';
import { parseDuration } from '../core/config/duration.js';

/** The flags of `predator-guard rollout`, declared for node:util parseArgs. */
export const ROLLOUT_OPTIONS = {
  lint: { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  namespace: { type: 'string' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  timeout: { type: 'string' },
  image: { type: 'string' },
  kind: { type: 'string' },
  selector: { type: 'string' },
  'prometheus-url': { type: 'string' },
} as const;

const ROLLOUT_KINDS = ['rollout', 'canary'];

/** Flag → the config file's kebab-case key, so `--timeout` and `rollout-timeout:` are one setting. */
const SETTING_KEYS = { namespace: 'namespace', kubeconfig: 'kubeconfig', context: 'context', timeout: 'rollout-timeout', image: 'image', kind: 'kind', selector: 'selector', 'prometheus-url': 'prometheus-url' } as const;

/**
 * Maps the rollout flags and positionals (rollout names, or manifest paths with --lint) onto the config layer.
 * Values are checked here so a typo fails before any cluster is contacted.
 */
export function rolloutLayer(values: Record<string, unknown>, positionals: readonly string[]): ConfigLayer {
  const settings: Record<string, unknown> = {};
  for (const [flag, key] of Object.entries(SETTING_KEYS)) {
    const value = values[flag];
    if (typeof value === 'string') settings[key] = value;
  }
  const timeout = settings['rollout-timeout'];
  if (typeof timeout === 'string' && parseDuration(timeout) === undefined) {
    throw new UsageError(`--timeout: got '${timeout}'; expected a Go-style duration such as 10m, 90s or 1h30m.`);
  }
  const kind = settings.kind;
  if (typeof kind === 'string' && !ROLLOUT_KINDS.includes(kind)) {
    throw new UsageError(`--kind: got '${kind}'; expected one of ${ROLLOUT_KINDS.join(', ')}.`);
  }
  const layer: ConfigLayer = {};
  if (values['allow-empty'] === true) settings['allow-empty'] = true;
  if (values.lint === true) {
    if (positionals.length > 0) layer.paths = [...positionals];
  } else if (positionals.length > 0) {
    settings.rollout = [...positionals];
  }
  if (Object.keys(settings).length > 0) layer.settings = settings;
  return layer;
}
