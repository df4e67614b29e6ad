import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { startKubeApiServer, TEST_TOKEN, writeKubeconfig, type KubeApiServer, type RecordedRequest } from '../../helpers/kube-api-server.js';
import { rolloutWithRevision } from '../../helpers/rollout-objects.js';
import { makeTree } from '../../helpers/temp-tree.js';
import { abortedRollout, cliIn, healthyRollout, NEW, OLD, selectedObjects, succeedingCanary, watchCutRollout, type Cli, type CliResult } from './cluster-scenarios.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tree = makeTree({ 'README.md': 'an empty project\n' });
const cli = cliIn(tree.root);

afterAll(() => tree.cleanup());

interface RoleRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

interface RbacDocument {
  kind: string;
  metadata: { name: string };
  rules?: RoleRule[];
  roleRef?: { kind: string; name: string };
}

/** `verb group/resource` for every grant of a (Cluster)Role in docs/rbac.yaml that its binding binds. */
function grantsOfRbacFile(kind: 'Role' | 'ClusterRole'): { grants: Set<string>; kinds: string[] } {
  const text = readFileSync(path.join(root, 'docs/rbac.yaml'), 'utf8');
  const documents = parseAllDocuments(text).map((document) => document.toJS() as RbacDocument);
  const role = documents.find((document) => document.kind === kind);
  const binding = documents.find((document) => document.kind === `${kind}Binding`);
  expect(binding?.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind, name: role?.metadata.name });
  const grants = new Set((role?.rules ?? []).flatMap((rule) => rule.apiGroups.flatMap((group) => rule.resources.flatMap((resource) => rule.verbs.map((verb) => `${verb} ${group}/${resource}`)))));
  return { grants, kinds: documents.map((document) => document.kind) };
}

/** Runs one scenario against a fresh server; returns its output and the requests it made. */
async function recorded(scenario: (server: KubeApiServer, cli: Cli, kubeconfig: string) => Promise<CliResult>): Promise<{ result: CliResult; requests: RecordedRequest[] }> {
  const server = await startKubeApiServer();
  const kubeconfig = writeKubeconfig(server);
  try {
    const result = await scenario(server, cli, kubeconfig.file);
    return { result, requests: [...server.requests] };
  } finally {
    kubeconfig.cleanup();
    await server.close();
  }
}

describe('docs/rbac.yaml against the requests the check really makes', () => {
  it('grants every (verb, resource) of the five scenarios, which are exactly the expected set, and nothing on secrets or with wildcards', async () => {
    const { grants, kinds } = grantsOfRbacFile('Role');
    expect(kinds).toEqual(['Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding']);
    // Cluster-wide, only the cluster-scoped templates (read with prometheus-url), nothing else.
    expect([...grantsOfRbacFile('ClusterRole').grants].sort()).toEqual(['get argoproj.io/clusteranalysistemplates', 'list argoproj.io/clusteranalysistemplates', 'watch argoproj.io/clusteranalysistemplates']);
    // Read-only, named resources only: no secrets, no wildcard, no write verb.
    expect([...new Set([...grants].map((grant) => grant.split(' ')[1]))].sort()).toEqual([
      'apps/deployments',
      'apps/replicasets',
      'argoproj.io/analysisruns',
      'argoproj.io/analysistemplates',
      'argoproj.io/experiments',
      'argoproj.io/rollouts',
      'flagger.app/canaries',
    ]);
    expect([...new Set([...grants].map((grant) => grant.split(' ')[0]))].sort()).toEqual(['get', 'list', 'watch']);
    const runs = [await recorded(healthyRollout), await recorded(abortedRollout), await recorded(watchCutRollout), await recorded(succeedingCanary), await recorded(selectedObjects)];
    expect(runs.map((run) => run.result.code)).toEqual([0, 1, 0, 0, 0]);
    const requests = runs.flatMap((run) => run.requests);
    // 404s are expected (without --kind a name is looked up as both kinds); a 403 would mean a path outside the grants.
    expect(requests.filter((request) => request.status === 403)).toEqual([]);
    const used = new Set(requests.map((request) => `${request.verb} ${request.resource}`));
    expect([...used].sort()).toEqual([
      'get apps/deployments',
      'get argoproj.io/rollouts',
      'get flagger.app/canaries',
      'list apps/replicasets',
      'list argoproj.io/analysisruns',
      'list argoproj.io/rollouts',
      'list flagger.app/canaries',
      'watch argoproj.io/rollouts',
      'watch flagger.app/canaries',
    ]);
    for (const request of used) expect(grants).toContain(request);
    // The token authenticates every request and reaches no output.
    for (const run of runs) expect(run.result.stdout + run.result.stderr).not.toContain(TEST_TOKEN);
  });

  it('waits with a watch, not by polling: at most 30 requests a minute over a 12 s wait with 60 changes and a cut watch', async () => {
    const started = performance.now();
    const { result, requests } = await recorded(async (server, run, kubeconfig) => {
      const revision = { current: NEW, stable: OLD };
      server.put(rolloutWithRevision('web', { phase: 'Progressing', step: 0 }, revision));
      const following = run(['rollout', 'web', '--kubeconfig', kubeconfig, '--namespace', 'shop', '--timeout', '30s', '--format', 'json']);
      await server.watchesOpened(1);
      for (let change = 1; change <= 60; change += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        server.put(rolloutWithRevision('web', { phase: 'Progressing', message: `updated replicas ${change}`, step: change % 2 === 0 ? 2 : 0 }, revision));
        if (change === 30) server.dropWatches();
      }
      server.put(rolloutWithRevision('web', { phase: 'Healthy', step: 5 }, { current: NEW, stable: NEW }));
      return following;
    });
    const minutes = (performance.now() - started) / 60_000;
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')).toHaveLength(63);
    expect(requests.map((request) => `${request.verb} ${request.resource}`)).toEqual([
      'get argoproj.io/rollouts',
      'get flagger.app/canaries',
      'watch argoproj.io/rollouts',
      'watch argoproj.io/rollouts',
      'list argoproj.io/analysisruns',
      'list apps/replicasets',
    ]);
    expect(requests.length / minutes).toBeLessThanOrEqual(30);
  }, 30_000);
});
