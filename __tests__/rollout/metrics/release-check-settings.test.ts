import { UsageError } from '../../../src/core/config/usage-error.js';
import { defaultConfig, type Config } from '../../../src/core/config/config.js';
import { startReleaseChecks } from '../../../src/rollout/metrics/release-checks.js';

// Built without mergeConfig: these are the check's own guards, which mergeConfig's schema validation would answer first.
const configWith = (settings: Record<string, unknown>): Config => ({ ...defaultConfig('/nonexistent'), checks: ['rollout'], settings });
const judge = { metrics: [{ name: 'errors', canary: 'vector(1)', stable: 'vector(1)' }] };

describe('the release checks refuse bad settings before any wait', () => {
  it('needs prometheus-url for the canary judge, and says where to set it', () => {
    expect(() => startReleaseChecks(configWith({ 'canary-judge': judge }), {})).toThrow(
      new UsageError('canary-judge: the judge reads its metrics from Prometheus, but prometheus-url is not set; add prometheus-url: http://prometheus.monitoring:9090 (or the prometheus-url input).'),
    );
  });

  it('refuses a judge query with a placeholder it does not fill, listing the ones it does', () => {
    const typo = { metrics: [{ name: 'errors', canary: 'x{pod_hash="{{rollout.canaryHash}}"}', stable: 'vector(1)' }] };
    expect(() => startReleaseChecks(configWith({ 'prometheus-url': 'http://127.0.0.1:9/', 'canary-judge': typo }), {})).toThrow(
      new UsageError("canary-judge.metrics 'errors'.canary: {{rollout.canaryHash}} is not a placeholder the check fills; expected one of {{rollout.name}}, {{rollout.namespace}}, {{rollout.canary-hash}}, {{rollout.stable-hash}}."),
    );
  });

  it('refuses a prometheus-url that is not an http(s) URL without echoing it, and accepts one that is', async () => {
    expect(() => startReleaseChecks(configWith({ 'prometheus-url': 'prometheus:9090' }), {})).toThrow(
      new UsageError("prometheus-url: got prometheus:9090; expected the Prometheus server's base URL, such as http://prometheus.monitoring:9090."),
    );
    expect(() => startReleaseChecks(configWith({ 'prometheus-url': 'http://ci:pass word@' }), {})).toThrow(
      new UsageError("prometheus-url: got (not a valid URL); expected the Prometheus server's base URL, such as http://prometheus.monitoring:9090."),
    );
    const checks = startReleaseChecks(configWith({ 'prometheus-url': 'http://user:pw@127.0.0.1:9/', 'canary-judge': judge }), {});
    // Nothing is measured without a waited Rollout, so nothing is sent to the (closed) port.
    expect(await checks.finish([])).toEqual({ findings: [], stats: {} });
  });
});
