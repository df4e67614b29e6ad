import { existsSync } from 'node:fs';
import path from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Config } from '../../core/config/config.js';
import { UsageError } from '../../core/config/usage-error.js';
import { registerSecret } from '../../core/secrets.js';
import { rolloutNames } from '../rollout-names.js';
import { rolloutSelector } from './rollout-selector.js';

/**
 * The cluster connection the rollout check follows objects in, unless the caller passed one: the `kubeconfig` setting, else
 * KUBECONFIG / ~/.kube/config, else the in-cluster service account; then `context`. Undefined when the run follows
 * nothing (no names, no selector), so a review or a lint never loads the Kubernetes client.
 */
export async function loadKubeConfig(config: Config): Promise<KubeConfig | undefined> {
  if (!config.checks.includes('rollout')) return undefined;
  if (rolloutNames(config.settings.rollout).length === 0 && rolloutSelector(config.settings.selector) === undefined) return undefined;
  const { KubeConfig } = await import('@kubernetes/client-node');
  const kubeConfig = new KubeConfig();
  const file = config.settings.kubeconfig;
  if (typeof file === 'string' && file !== '') {
    const resolved = path.resolve(config.root, file);
    if (!existsSync(resolved)) throw new UsageError(`--kubeconfig: '${file}' does not exist (looked at ${resolved}); pass the path of a kubeconfig file, or leave it out to use KUBECONFIG or the in-cluster account.`);
    try {
      kubeConfig.loadFromFile(resolved);
    } catch (error) {
      throw new UsageError(`--kubeconfig: '${file}' is not a valid kubeconfig (${error instanceof Error ? error.message : String(error)}); expected the YAML that 'kubectl config view --raw' prints.`);
    }
  } else {
    loadFromEnvironment(kubeConfig);
  }
  const context = config.settings.context;
  if (typeof context === 'string' && context !== '') {
    const known = kubeConfig.getContexts().map((entry) => entry.name);
    if (!known.includes(context)) throw new UsageError(`--context: '${context}' is not in the kubeconfig; expected one of: ${known.join(', ') || '(none)'}.`);
    kubeConfig.setCurrentContext(context);
  }
  registerKubeCredentials(kubeConfig);
  if (!kubeConfig.getCurrentCluster() || isPlaceholderCluster(kubeConfig)) {
    throw new UsageError('no Kubernetes cluster configured: pass --kubeconfig FILE (the kubeconfig input), set KUBECONFIG, or run inside the cluster.');
  }
  return kubeConfig;
}

/**
 * Every credential the kubeconfig holds, for the one redaction step (and the runner's masking): an API server's
 * error body may echo the bearer token, and the runner masks GITHUB_TOKEN only, not a token read from a file.
 * Tokens an exec plugin or auth provider fetches later are caught by the redaction's credential shapes.
 */
function registerKubeCredentials(kubeConfig: KubeConfig): void {
  for (const user of kubeConfig.getUsers()) {
    for (const value of [user.token, user.password, user.keyData]) registerSecret(value);
    for (const value of Object.values(user.authProvider?.config ?? {})) if (typeof value === 'string') registerSecret(value);
    for (const variable of user.exec?.env ?? []) if (typeof variable?.value === 'string') registerSecret(variable.value);
  }
}

/** KUBECONFIG (one file or a colon-separated list), else ~/.kube/config, else the in-cluster service account. */
function loadFromEnvironment(kubeConfig: KubeConfig): void {
  try {
    kubeConfig.loadFromDefault();
  } catch (error) {
    // client-node rethrows some file errors with their name folded into the message.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^Error: /, '');
    const source = process.env.KUBECONFIG ? `KUBECONFIG ('${process.env.KUBECONFIG}')` : 'the default kubeconfig (~/.kube/config)';
    throw new UsageError(`cannot load ${source}: ${reason}. Point KUBECONFIG at a kubeconfig file (what 'kubectl config view --raw' prints), or pass --kubeconfig FILE.`);
  }
}

// With no KUBECONFIG, no ~/.kube/config and no service account, client-node's loadFromDefault invents a cluster
// named 'cluster' at http://localhost:8080 (kubectl's old insecure port), which only fails later with a TLS message.
const PLACEHOLDER = { name: 'cluster', server: 'http://localhost:8080' };

function isPlaceholderCluster(kubeConfig: KubeConfig): boolean {
  const cluster = kubeConfig.getCurrentCluster();
  return cluster?.name === PLACEHOLDER.name && cluster.server === PLACEHOLDER.server;
}
