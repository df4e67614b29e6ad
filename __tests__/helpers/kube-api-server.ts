import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A Rollout as the fake server stores it: any JSON object with metadata.name and metadata.namespace. */
export type StoredRollout = Record<string, unknown> & { metadata?: Record<string, unknown> };

export interface RecordedRequest {
  method: string;
  path: string;
  watch: boolean;
  resourceVersion?: string;
  fieldSelector?: string;
}

export interface KubeApiServer {
  url: string;
  /** A kubeconfig trusting the server's certificate, with a bearer token, for `KubeConfig.loadFromString`. */
  kubeconfig: string;
  requests: RecordedRequest[];
  /** Stores (or replaces) a Rollout under a new resourceVersion and sends it to the open watches of that name. */
  put(rollout: StoredRollout): string;
  /** Ends every open watch stream, as an API server or load balancer does after its timeout. */
  dropWatches(): void;
  /** Forgets the history up to now: a watch from an older resourceVersion gets a 410 Gone ERROR event. */
  compact(): void;
  /** Answers 403 to everything from now on. */
  forbidAll(): void;
  /** Resolves once `count` watch requests have been opened in total. */
  watchesOpened(count: number): Promise<void>;
  close(): Promise<void>;
}

const ROLLOUTS_PATH = /^\/apis\/argoproj\.io\/v1alpha1\/namespaces\/([^/]+)\/rollouts(?:\/([^/]+))?$/;
export const TEST_TOKEN = 'loopback-test-token';

/**
 * A loopback Kubernetes API server for argoproj.io rollouts: GET by name and `?watch=true` streams of JSON lines
 * narrowed by fieldSelector metadata.name, over HTTPS with a self-signed certificate for 127.0.0.1 made by openssl,
 * because @kubernetes/client-node refuses plain HTTP unless TLS verification is switched off.
 */
export async function startKubeApiServer(): Promise<KubeApiServer> {
  const { key, cert } = selfSignedCertificate();
  let version = 100;
  let compactedBelow = 0;
  let forbidden = false;
  const history: { resourceVersion: number; rollout: StoredRollout }[] = [];
  const watches = new Set<{ key: string; response: ServerResponse }>();
  const requests: RecordedRequest[] = [];
  const watchWaiters: { count: number; resolve: () => void }[] = [];
  const keyOf = (namespace: string, name: string) => `${namespace}/${name}`;
  const storedKey = (rollout: StoredRollout) => keyOf(String(rollout.metadata?.namespace ?? 'default'), String(rollout.metadata?.name ?? ''));
  const current = (key: string) => history.filter((entry) => storedKey(entry.rollout) === key).at(-1)?.rollout;
  const send = (response: ServerResponse, type: string, object: unknown) => response.write(`${JSON.stringify({ type, object })}\n`);

  const server: Server = createServer({ key, cert }, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1');
    const watch = url.searchParams.get('watch') === 'true';
    requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      watch,
      resourceVersion: url.searchParams.get('resourceVersion') ?? undefined,
      fieldSelector: url.searchParams.get('fieldSelector') ?? undefined,
    });
    const match = ROLLOUTS_PATH.exec(url.pathname);
    if (forbidden || request.headers.authorization !== `Bearer ${TEST_TOKEN}` || request.method !== 'GET' || !match) {
      return status(response, 403, 'Forbidden', `rollouts.argoproj.io is forbidden: User "ci" cannot ${watch ? 'watch' : 'get'} resource "rollouts"`);
    }
    const [, namespace, name] = match;
    if (!watch) {
      const rollout = name ? current(keyOf(namespace, name)) : undefined;
      if (!rollout) return status(response, 404, 'NotFound', `rollouts.argoproj.io "${name}" not found`);
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify(rollout));
    }
    const watchedName = (url.searchParams.get('fieldSelector') ?? '').replace(/^metadata\.name=/, '');
    const key = keyOf(namespace, watchedName);
    const from = Number(url.searchParams.get('resourceVersion') ?? '0');
    response.writeHead(200, { 'content-type': 'application/json' });
    if (from < compactedBelow) {
      send(response, 'ERROR', { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Expired', code: 410, message: `too old resource version: ${from} (${compactedBelow})` });
      response.end();
    } else {
      for (const entry of history) if (entry.resourceVersion > from && storedKey(entry.rollout) === key) send(response, 'MODIFIED', entry.rollout);
      const entry = { key, response };
      watches.add(entry);
      response.on('close', () => watches.delete(entry));
    }
    const opened = requests.filter((seen) => seen.watch).length;
    for (const waiter of watchWaiters.filter((candidate) => candidate.count <= opened)) waiter.resolve();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    kubeconfig: kubeconfigFor(url, cert),
    requests,
    put(rollout) {
      version += 1;
      const stored = structuredClone(rollout);
      stored.metadata = { namespace: 'default', ...stored.metadata, resourceVersion: String(version) };
      history.push({ resourceVersion: version, rollout: stored });
      for (const watch of watches) if (watch.key === storedKey(stored)) send(watch.response, 'MODIFIED', stored);
      return String(version);
    },
    dropWatches() {
      for (const watch of watches) watch.response.end();
      watches.clear();
    },
    compact() {
      compactedBelow = version;
    },
    forbidAll() {
      forbidden = true;
    },
    watchesOpened(count) {
      return new Promise((resolve) => {
        if (requests.filter((seen) => seen.watch).length >= count) return resolve();
        watchWaiters.push({ count, resolve });
      });
    },
    async close() {
      for (const watch of watches) watch.response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function status(response: ServerResponse, code: number, reason: string, message: string): void {
  response.writeHead(code, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code }));
}

function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-api-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile], { stdio: 'ignore' });
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function kubeconfigFor(server: string, cert: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: loopback\n  cluster:\n    server: ${server}\n    certificate-authority-data: ${Buffer.from(cert).toString('base64')}`,
    'users:',
    `- name: ci\n  user:\n    token: ${TEST_TOKEN}`,
    'contexts:',
    '- name: loopback\n  context:\n    cluster: loopback\n    user: ci',
    'current-context: loopback',
    '',
  ].join('\n');
}

/** Writes the kubeconfig to a file for the doors that read one (`--kubeconfig FILE`); returns the file and its cleanup. */
export function writeKubeconfig(server: KubeApiServer): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeconfig-'));
  const file = path.join(dir, 'config');
  writeFileSync(file, server.kubeconfig);
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
