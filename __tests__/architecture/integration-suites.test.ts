import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../helpers/files-under.js';

/**
 * `npm run test:unit` leaves out every *.integration.test.ts, so a suite that starts a database server, Prometheus,
 * the embedded PostgreSQL or the loopback Kubernetes API, or runs the built bundle, must carry that name; otherwise the contributor's fast loop
 * silently grows slow, or fails on a machine without those servers.
 */
const tests = fileURLToPath(new URL('..', import.meta.url));
const NEEDS_INTEGRATION = [
  /helpers\/test-postgres/,
  /helpers\/test-prometheus/,
  // The loopback Kubernetes API server: the suites that follow rollouts against a (stand-in) cluster.
  /helpers\/kube-api-server/,
  /embedded-postgres/,
  /openEmbeddedDatabase/,
  /embedded\/start-pglite/,
  /helpers\/action-runner/,
  /scripts\/build\.mjs|'build\.mjs'/,
  // The run's one shared bundle build.
  /helpers\/shared-build/,
  /['"`]dist\/(cli|action|index)\.js['"`]\s*\)|path\.join\([^)]*'dist'/,
];

/** Suites, and the rule specs that the analyzers' rule suites load (helpers/rule-specs.ts): they run in the same loop. */
const suites = (directory: string) => filesUnder(directory, /\.(test|spec)\.ts$/);

const needsIntegration = (file: string) => NEEDS_INTEGRATION.some((pattern) => pattern.test(readFileSync(file, 'utf8')));
const own = fileURLToPath(import.meta.url);

it('recognises the suites that are integration suites', () => {
  for (const suite of ['e2e/bundle.integration.test.ts', 'package/package.integration.test.ts', 'queries/database/sql-audit-cli.integration.test.ts', 'rollout/metrics/prometheus-client.integration.test.ts']) {
    expect({ suite, needsIntegration: needsIntegration(path.join(tests, suite)) }).toEqual({ suite, needsIntegration: true });
  }
});

it('names every suite that needs a server, the embedded database or the bundle *.integration.test.ts', () => {
  const misnamed = suites(tests)
    .filter((file) => !file.endsWith('.integration.test.ts') && file !== own)
    .filter(needsIntegration)
    .map((file) => path.relative(tests, file));
  expect(misnamed).toEqual([]);
});
