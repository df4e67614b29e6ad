import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** An object as the fake server stores it: any JSON object with apiVersion, kind and metadata.name (and namespace). */
export type StoredObject = Record<string, unknown> & { metadata?: Record<string, unknown> };
/** Kept for the tests written when the server held only Rollouts. */
export type StoredRollout = StoredObject;

export type Verb = 'get' | 'list' | 'watch';

export interface RecordedRequest {
  method: string;
  path: string;
  /** What RBAC would check: the verb and `group/resource` (`argoproj.io/rollouts`), undefined for paths it does not serve. */
  verb?: Verb;
  resource?: string;
  namespace?: string;
  name?: string;
  watch: boolean;
  resourceVersion?: string;
  fieldSelector?: string;
  labelSelector?: string;
  /** Milliseconds since the server started. */
  at: number;
  status: number;
}

export interface KubeApiServer {
  url: string;
  /** A kubeconfig trusting the server's certificate, with a bearer token, for `KubeConfig.loadFromString`. */
  kubeconfig: string;
  requests: RecordedRequest[];
  /** Stores (or replaces) an object under a new resourceVersion and sends it to the open watches that select it. */
  put(object: StoredObject): string;
  /** Ends every open watch stream, as an API server or load balancer does after its timeout. */
  dropWatches(): void;
  /** Forgets the history up to now: a watch from an older resourceVersion gets a 410 Gone ERROR event. */
  compact(): void;
  /** Answers 403 to every request on `group/resource` (e.g. `apps/replicasets`) from now on. */
  forbid(resource: string): void;
  /** Answers 500 to everything from now on, quoting the request's Authorization header, as some proxies do. */
  echoCredentials(): void;
  /** Answers 403 to everything from now on. */
  forbidAll(): void;
  /** Resolves once `count` watch requests have been opened in total. */
  watchesOpened(count: number): Promise<void>;
  close(): Promise<void>;
}

interface ResourceType {
  group: string;
  version: string;
  plural: string;
  kind: string;
  namespaced: boolean;
}

/** What the checker may read; anything else (core resources, secrets, other groups) is answered 403. */
const RESOURCE_TYPES: ResourceType[] = [
  { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts', kind: 'Rollout', namespaced: true },
  { group: 'argoproj.io', version: 'v1alpha1', plural: 'analysisruns', kind: 'AnalysisRun', namespaced: true },
  { group: 'argoproj.io', version: 'v1alpha1', plural: 'analysistemplates', kind: 'AnalysisTemplate', namespaced: true },
  { group: 'argoproj.io', version: 'v1alpha1', plural: 'clusteranalysistemplates', kind: 'ClusterAnalysisTemplate', namespaced: false },
  { group: 'argoproj.io', version: 'v1alpha1', plural: 'experiments', kind: 'Experiment', namespaced: true },
  { group: 'flagger.app', version: 'v1beta1', plural: 'canaries', kind: 'Canary', namespaced: true },
  { group: 'apps', version: 'v1', plural: 'replicasets', kind: 'ReplicaSet', namespaced: true },
  { group: 'apps', version: 'v1', plural: 'deployments', kind: 'Deployment', namespaced: true },
];

// /apis/GROUP/VERSION[/namespaces/NS]/PLURAL[/NAME]
const API_PATH = /^\/apis\/([^/]+)\/([^/]+)(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?$/;
export const TEST_TOKEN = 'loopback-test-token';

interface Target {
  type: ResourceType;
  namespace?: string;
  name?: string;
}

interface OpenWatch {
  type: ResourceType;
  namespace?: string;
  name?: string;
  labelSelector?: string;
  response: ServerResponse;
}

/**
 * A loopback Kubernetes API server for the resources the rollout check reads: get by name, list (with a label
 * selector), and `?watch=true` streams of JSON lines narrowed by a `metadata.name` field selector or a label
 * selector, from a resourceVersion. HTTPS with a self-signed certificate for 127.0.0.1 made by openssl, because
 * @kubernetes/client-node refuses plain HTTP unless TLS verification is switched off. Every request is logged with
 * the verb and resource RBAC would check, so tests can compare them with docs/rbac.yaml.
 */
export async function startKubeApiServer(): Promise<KubeApiServer> {
  const { key, cert } = selfSignedCertificate();
  const started = performance.now();
  let version = 100;
  let compactedBelow = 0;
  let forbiddenAll = false;
  let echoing = false;
  const forbidden = new Set<string>();
  const history: { resourceVersion: number; type: ResourceType; object: StoredObject }[] = [];
  const watches = new Set<OpenWatch>();
  const requests: RecordedRequest[] = [];
  const watchWaiters: { count: number; resolve: () => void }[] = [];
  const send = (response: ServerResponse, type: string, object: unknown) => response.write(`${JSON.stringify({ type, object })}\n`);
  const selects = (watch: Omit<OpenWatch, 'response'>, type: ResourceType, object: StoredObject) =>
    watch.type === type &&
    (watch.namespace === undefined || namespaceOf(object) === watch.namespace) &&
    (watch.name === undefined || nameOf(object) === watch.name) &&
    matchesLabels(object, watch.labelSelector);
  const currentObjects = (type: ResourceType, namespace: string | undefined): StoredObject[] => {
    const latest = new Map<string, StoredObject>();
    for (const entry of history) {
      if (entry.type !== type || (namespace !== undefined && namespaceOf(entry.object) !== namespace)) continue;
      latest.set(`${namespaceOf(entry.object)}/${nameOf(entry.object)}`, entry.object);
    }
    return [...latest.values()];
  };

  const server: Server = createServer({ key, cert }, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1');
    const watch = url.searchParams.get('watch') === 'true';
    const target = targetOf(url.pathname);
    const verb: Verb | undefined = target === undefined ? undefined : watch ? 'watch' : target.name ? 'get' : 'list';
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      verb,
      resource: target ? `${target.type.group}/${target.type.plural}` : undefined,
      namespace: target?.namespace,
      name: target?.name,
      watch,
      resourceVersion: url.searchParams.get('resourceVersion') ?? undefined,
      fieldSelector: url.searchParams.get('fieldSelector') ?? undefined,
      labelSelector: url.searchParams.get('labelSelector') ?? undefined,
      at: Math.round(performance.now() - started),
      status: 200,
    };
    requests.push(record);
    const reply = (code: number, reason: string, message: string) => {
      record.status = code;
      status(response, code, reason, message);
    };
    if (echoing) return reply(500, 'InternalError', `upstream auth failed: the credentials '${request.headers.authorization ?? ''}' were rejected`);
    if (forbiddenAll || request.headers.authorization !== `Bearer ${TEST_TOKEN}` || request.method !== 'GET' || !target || !verb || forbidden.has(record.resource ?? '')) {
      const resource = target ? `${target.type.plural}.${target.type.group}` : url.pathname;
      return reply(403, 'Forbidden', `${resource} is forbidden: User "ci" cannot ${verb ?? 'access'} resource "${target?.type.plural ?? url.pathname}"`);
    }
    if (verb === 'get') {
      const object = currentObjects(target.type, target.namespace).find((candidate) => nameOf(candidate) === target.name);
      if (!object) return reply(404, 'NotFound', `${target.type.plural}.${target.type.group} "${target.name}" not found`);
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify(object));
    }
    const labelSelector = record.labelSelector;
    if (verb === 'list') {
      const items = currentObjects(target.type, target.namespace).filter((object) => matchesLabels(object, labelSelector));
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ apiVersion: `${target.type.group}/${target.type.version}`, kind: `${target.type.kind}List`, metadata: { resourceVersion: String(version) }, items }));
    }
    const filter = { type: target.type, namespace: target.namespace, name: (record.fieldSelector ?? '').replace(/^metadata\.name=/, '') || undefined, labelSelector };
    const from = Number(record.resourceVersion ?? '0');
    response.writeHead(200, { 'content-type': 'application/json' });
    if (from < compactedBelow) {
      send(response, 'ERROR', { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Expired', code: 410, message: `too old resource version: ${from} (${compactedBelow})` });
      response.end();
    } else {
      for (const entry of history) if (entry.resourceVersion > from && selects(filter, entry.type, entry.object)) send(response, 'MODIFIED', entry.object);
      const open = { ...filter, response };
      watches.add(open);
      response.on('close', () => watches.delete(open));
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
    put(object) {
      const type = RESOURCE_TYPES.find((candidate) => `${candidate.group}/${candidate.version}` === object.apiVersion && candidate.kind === object.kind);
      if (!type) throw new Error(`the loopback API server does not serve ${String(object.apiVersion)} ${String(object.kind)}`);
      version += 1;
      const stored = structuredClone(object);
      stored.metadata = { ...(type.namespaced ? { namespace: 'default' } : {}), ...stored.metadata, resourceVersion: String(version) };
      history.push({ resourceVersion: version, type, object: stored });
      for (const watch of watches) if (selects(watch, type, stored)) send(watch.response, 'MODIFIED', stored);
      return String(version);
    },
    dropWatches() {
      for (const watch of watches) watch.response.end();
      watches.clear();
    },
    compact() {
      compactedBelow = version;
    },
    forbid(resource) {
      forbidden.add(resource);
    },
    forbidAll() {
      forbiddenAll = true;
    },
    echoCredentials() {
      echoing = true;
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

function targetOf(pathname: string): Target | undefined {
  const match = API_PATH.exec(pathname);
  if (!match) return undefined;
  const [, group, version, namespace, plural, name] = match;
  const type = RESOURCE_TYPES.find((candidate) => candidate.group === group && candidate.version === version && candidate.plural === plural);
  if (!type || type.namespaced !== (namespace !== undefined)) return undefined;
  return { type, namespace: namespace === undefined ? undefined : decodeURIComponent(namespace), name: name === undefined ? undefined : decodeURIComponent(name) };
}

const nameOf = (object: StoredObject) => String(object.metadata?.name ?? '');
const namespaceOf = (object: StoredObject) => String(object.metadata?.namespace ?? '');

/**
 * The label selector grammar the checker sends: comma-separated `key=value`, `key==value`, `key!=value`,
 * `key in (a,b)` and bare `key` (exists). Anything else throws, so a test notices a selector it did not expect.
 */
export function matchesLabels(object: StoredObject, selector: string | undefined): boolean {
  if (selector === undefined || selector === '') return true;
  const labels = (object.metadata?.labels ?? {}) as Record<string, string>;
  return splitSelector(selector).every((term) => {
    const set = /^([\w./-]+)\s+in\s+\(([^)]*)\)$/.exec(term);
    if (set) return set[2].split(',').map((value) => value.trim()).includes(labels[set[1]]);
    const equality = /^([\w./-]+)\s*(!=|==|=)\s*([\w.-]*)$/.exec(term);
    if (equality) return equality[2] === '!=' ? labels[equality[1]] !== equality[3] : labels[equality[1]] === equality[3];
    if (/^[\w./-]+$/.test(term)) return term in labels;
    throw new Error(`the loopback API server does not understand the label selector term '${term}'`);
  });
}

/** Splits on the commas between terms, not on those inside `in (a,b)`. */
function splitSelector(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of selector) {
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (character === ',' && depth === 0) {
      terms.push(current.trim());
      current = '';
    } else {
      current += character;
    }
  }
  terms.push(current.trim());
  return terms;
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
