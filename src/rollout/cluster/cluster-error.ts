import type { RolloutRef } from './rollout-api.js';

/** The HTTP status of an error from @kubernetes/client-node: `code` on API calls, `statusCode` on watches. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'number') return code;
  if (typeof statusCode === 'number') return statusCode;
  return undefined;
}

/**
 * Turns a failed read into a message that names the Rollout, the verb and resource, and the fix, so a failed run
 * says what to change rather than "HTTP-Code: 403".
 */
export function clusterReadError(verb: 'get' | 'watch', ref: RolloutRef, error: unknown): Error {
  const status = httpStatusOf(error);
  const where = `namespace '${ref.namespace}'`;
  if (status === 404) {
    return new Error(`Rollout '${ref.name}' not found in ${where}: check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.`);
  }
  if (status === 401) {
    return new Error(`cannot ${verb} rollouts.argoproj.io '${ref.name}' in ${where}: the API server rejected the credentials (HTTP 401); check the kubeconfig user and --context.`);
  }
  if (status === 403) {
    return new Error(`forbidden: cannot ${verb} rollouts.argoproj.io '${ref.name}' in ${where} (HTTP 403); grant get, list and watch on rollouts.argoproj.io to the checker's account (see docs/rbac.yaml).`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new Error(`cannot ${verb} rollouts.argoproj.io '${ref.name}' in ${where}: ${detail}`);
}
