import { resourceName, type KubeResource } from './kube-resources.js';

/** The HTTP status of an error from @kubernetes/client-node: `code` on API calls, `statusCode` on watches. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'number') return code;
  if (typeof statusCode === 'number') return statusCode;
  return undefined;
}

/** A failed read that keeps its HTTP status, so a caller can tell "forbidden" (a field becomes unknown) from the rest. */
export class ClusterReadError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'ClusterReadError';
  }
}

export interface ReadTarget {
  verb: 'get' | 'list' | 'watch';
  resource: KubeResource;
  namespace: string;
  /** The object's name; absent for a list. */
  name?: string;
  /** The API server URL from the kubeconfig, credentials removed, for "cannot reach" messages. */
  server: string;
}

/**
 * Turns a failed read into a message that names the verb, resource, object and namespace, and the fix, so a failed
 * run says what to change rather than "HTTP-Code: 403". Bodies and headers of the response are left out: they are
 * noise at best, and nothing from the request (the bearer token) may reach a message.
 */
export function clusterReadError(target: ReadTarget, error: unknown): ClusterReadError {
  const status = httpStatusOf(error);
  const resource = resourceName(target.resource);
  const object = target.name === undefined ? '' : ` '${target.name}'`;
  const where = `namespace '${target.namespace}'`;
  if (status === 404 && target.name !== undefined) {
    return new ClusterReadError(`${target.resource.kind} '${target.name}' not found in ${where}: check the name and --namespace (the rollout input / namespace setting), and that the deploy step created it.`, status);
  }
  if (status === 401) {
    return new ClusterReadError(`cannot ${target.verb} ${resource}${object} in ${where}: the API server rejected the credentials (HTTP 401); check the kubeconfig user and --context.`, status);
  }
  if (status === 403) {
    return new ClusterReadError(`forbidden: cannot ${target.verb} ${resource}${object} in ${where} (HTTP 403); grant get, list and watch on ${resource} to the checker's account (see docs/rbac.yaml).`, status);
  }
  const systemCode = (error as { code?: unknown } | null)?.code;
  if (status === undefined && typeof systemCode === 'string') {
    return new ClusterReadError(`cannot reach the Kubernetes API server at ${target.server} (${systemCode}) to ${target.verb} ${resource}${object} in ${where}: check the cluster's server in the kubeconfig, --context, and that this runner can reach it.`, undefined);
  }
  const detail = status === undefined ? (error instanceof Error ? error.message : String(error)) : `HTTP ${status}${statusMessage(error)}`;
  return new ClusterReadError(`cannot ${target.verb} ${resource}${object} in ${where}: ${detail}`, status);
}

/** The Status message the API server sent with an error (`body.message`), when there is one. */
function statusMessage(error: unknown): string {
  const body = (error as { body?: unknown } | null)?.body;
  const parsed = typeof body === 'string' ? safeJson(body) : body;
  const message = (parsed as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message !== '' ? `: ${message}` : '';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A body that is not JSON (a proxy's HTML error page) carries nothing worth quoting.
    return undefined;
  }
}

/** The server URL of the kubeconfig's current cluster without user info, which could hold a password. */
export function displayServer(server: string | undefined): string {
  if (!server) return '(no server configured)';
  try {
    const url = new URL(server);
    url.username = '';
    url.password = '';
    url.search = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(an unparsable server URL)';
  }
}
