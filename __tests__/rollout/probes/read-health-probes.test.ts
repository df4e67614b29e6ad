import { UsageError } from '../../../src/core/config/usage-error.js';
import { validateConfigDocument } from '../../../src/core/config/validate.js';
import { readHealthProbes } from '../../../src/rollout/probes/read-health-probes.js';

const probesOf = (yaml: string, env: NodeJS.ProcessEnv = {}) => readHealthProbes(validateConfigDocument(yaml, '.predator-guard.yml')['health-probes'], env);

describe('health-probes in the config file', () => {
  it('reads both kinds with their defaults, a postgres URL from an environment variable', () => {
    const yaml = [
      'health-probes:',
      '  - name: checkout',
      '    http: https://checkout.example.com/healthz',
      '    max-latency: 500ms',
      '  - name: orders-db',
      '    postgres: { env: ORDERS_DATABASE_URL }',
      '    interval: 1m',
      '  - name: legacy-db',
      '    postgres: postgres://monitor@db.internal:5432/app',
    ].join('\n');
    expect(probesOf(yaml, { ORDERS_DATABASE_URL: 'postgres://app:secret@db.internal/orders' })).toEqual([
      { kind: 'http', name: 'checkout', url: 'https://checkout.example.com/healthz', expectStatus: 200, maxLatencyMs: 500, intervalMs: 30_000, timeoutMs: 10_000 },
      { kind: 'postgres', name: 'orders-db', connection: { source: 'env', variable: 'ORDERS_DATABASE_URL' }, intervalMs: 60_000, timeoutMs: 10_000 },
      { kind: 'postgres', name: 'legacy-db', connection: { source: 'url', url: 'postgres://monitor@db.internal:5432/app' }, intervalMs: 30_000, timeoutMs: 10_000 },
    ]);
    expect(readHealthProbes(undefined)).toEqual([]);
  });

  it('stops before the wait when the variable is unset, naming it and how to set it', () => {
    const yaml = 'health-probes:\n  - name: orders-db\n    postgres: { env: ORDERS_DATABASE_URL }\n';
    expect(() => probesOf(yaml)).toThrow(
      new UsageError("health-probes[0] ('orders-db').postgres.env: the environment variable ORDERS_DATABASE_URL is not set; set it to the connection URL (postgres://user:password@host:5432/db) in the step's env, e.g. from a secret."),
    );
    expect(() => probesOf(yaml, { ORDERS_DATABASE_URL: 'mysql://app:secret@db/orders' })).toThrow(
      new UsageError("health-probes[0] ('orders-db').postgres.env: ORDERS_DATABASE_URL does not hold a postgres:// URL; expected postgres://user:password@host:5432/db."),
    );
  });

  it('refuses duplicate names', () => {
    const yaml = 'health-probes:\n  - {name: web, http: "http://a/"}\n  - {name: web, http: "http://b/"}\n';
    expect(() => probesOf(yaml)).toThrow(new UsageError("health-probes[1] ('web'): another probe already has this name; give each probe its own name, since findings name the probe."));
  });

  it('lets the schema name the line, key and expected form of a bad probe', () => {
    const yaml = ['health-probes:', '  - name: web', '    http: checkout.example.com/healthz', '    max-latency: fast', '  - name: both', '    http: http://a/', '    postgres: postgres://b/'].join('\n');
    expect(() => probesOf(yaml)).toThrow(
      new UsageError(
        [
          'Invalid config:',
          '  .predator-guard.yml:3: health-probes.0.http: got "checkout.example.com/healthz"; expected an http:// or https:// URL.',
          '  .predator-guard.yml:4: health-probes.0.max-latency: got "fast"; expected a Go-style duration such as 500ms.',
          '  .predator-guard.yml:5: health-probes.1: got a mapping; expected a probe with exactly one of http: URL or postgres: URL / { env: VARIABLE }.',
        ].join('\n'),
      ),
    );
  });
});
