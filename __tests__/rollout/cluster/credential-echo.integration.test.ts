import { TEST_TOKEN, type KubeApiServer } from '../../helpers/kube-api-server.js';
import { loopbackCluster } from './cluster-scenarios.js';

/**
 * An API server (or a proxy in front of it) whose error body quotes the request's Authorization header: the token
 * came from the kubeconfig file, which the runner does not mask, so predator-guard's own redaction must keep it
 * out of every output format and the log.
 */

let server: KubeApiServer;
let kubeconfig: { file: string };
const { cli } = loopbackCluster((started, written) => {
  server = started;
  kubeconfig = written;
});

describe('a Kubernetes error body echoing the kubeconfig’s bearer token', () => {
  it.each(['text', 'json', 'markdown', 'sarif'])('never shows the token in %s output or on stderr', async (format) => {
    server.echoCredentials();
    const result = await cli(['rollout', 'web', '--kubeconfig', kubeconfig.file, '--namespace', 'shop', '--timeout', '5s', '--format', format]);
    expect(result.code).toBe(2);
    const everything = `${result.stdout}\n${result.stderr}`;
    expect(everything).not.toContain(TEST_TOKEN);
    // The failure still says what happened, with the credential blanked (markdown escapes the brackets).
    expect(everything).toMatch(/the credentials 'Bearer \\?\[redacted\\?\]' were rejected/);
  });
});
