import type { ConfigLayer } from '../core/config.js';

/** The flags of `predator-guard rollout`, declared for node:util parseArgs. */
export const ROLLOUT_OPTIONS = {} as const;

/** Maps the rollout flags and positionals (rollout names, or manifest paths with --lint) onto the config layer. */
export function rolloutLayer(_values: Record<string, unknown>, _positionals: readonly string[]): ConfigLayer {
  return {};
}
