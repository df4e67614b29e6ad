import type { WaitedRollout } from './waited-rollout.js';

// Any {{…}}: a judge query has no other templating, so anything else in braces is a mistake worth naming.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
export const ROLLOUT_PLACEHOLDERS = ['name', 'namespace', 'canary-hash', 'stable-hash'] as const;
type PlaceholderKey = (typeof ROLLOUT_PLACEHOLDERS)[number];

/**
 * The first `{{…}}` in a judge query that is not one of the `{{rollout.X}}` placeholders, so a typo fails the run
 * before the wait rather than querying Prometheus for a label value with braces in it.
 */
export function unknownRolloutPlaceholder(query: string): string | undefined {
  return [...query.matchAll(PLACEHOLDER)].map((match) => match[1]).find((name) => valueKey(name) === undefined);
}

function valueKey(placeholder: string): PlaceholderKey | undefined {
  const key = placeholder.startsWith('rollout.') ? placeholder.slice('rollout.'.length) : '';
  return (ROLLOUT_PLACEHOLDERS as readonly string[]).includes(key) ? (key as PlaceholderKey) : undefined;
}

/**
 * Fills `{{rollout.name}}`, `{{rollout.namespace}}`, `{{rollout.canary-hash}}` (status.currentPodHash) and
 * `{{rollout.stable-hash}}` (status.stableRS) with the waited Rollout's values: one judge config then serves every
 * Rollout followed at once, and canary and stable pods can be told apart by the rollouts-pod-template-hash label
 * Argo puts on them. Undefined when a value the query needs is missing (a Rollout that never had a stable version).
 */
export function fillRolloutPlaceholders(query: string, waited: WaitedRollout): string | undefined {
  const values: Record<PlaceholderKey, string | undefined> = {
    name: waited.ref.name,
    namespace: waited.ref.namespace,
    'canary-hash': waited.rollout.status?.currentPodHash,
    'stable-hash': waited.rollout.status?.stableRS,
  };
  let missing = false;
  const filled = query.replace(PLACEHOLDER, (text, placeholder: string) => {
    const key = valueKey(placeholder);
    // Unknown placeholders were refused when the settings were read; leave one untouched rather than guess.
    if (key === undefined) return text;
    const value = values[key];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : filled;
}
