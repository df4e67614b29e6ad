import { toList } from '../core/config/config.js';

/** The names to follow, from the `rollout` setting (a list, or a comma/newline-separated action input). */
export function rolloutNames(setting: unknown): string[] {
  if (typeof setting === 'string') return toList(setting);
  if (Array.isArray(setting)) return toList(setting.filter((name): name is string => typeof name === 'string'));
  return [];
}
