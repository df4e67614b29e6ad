import type { ConfigLayer } from '../core/config.js';

/** The flags of `predator-guard queries`, declared for node:util parseArgs. */
export const QUERIES_OPTIONS = {} as const;

/** Maps the queries flags and positionals (SQL files or globs) onto the config layer. */
export function queriesLayer(_values: Record<string, unknown>, _positionals: readonly string[]): ConfigLayer {
  return {};
}
