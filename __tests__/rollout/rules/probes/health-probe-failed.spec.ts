import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ProbeSummary } from '../../../../src/rollout/probes/health-probe.js';
import { healthProbeFailed } from '../../../../src/rollout/rules/probes/health-probe-failed.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const doc = readFileSync(path.join(root, 'docs/rules/health-probe-failed.md'), 'utf8');

describe('health-probe-failed', () => {
  it('reports exactly what its docs example says', () => {
    const example = /```yaml summary\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(doc);
    if (!example) throw new Error('no example block');
    const report = healthProbeFailed.check(parse(example[1]) as ProbeSummary);
    expect(report ? [`health-probe-failed ${report.message}`] : []).toEqual(example[2].split('\n').filter((line) => line !== ''));
  });

  it('says nothing about a probe whose every check passed, and gives a database hint for a postgres probe', () => {
    const passing: ProbeSummary = { name: 'db', kind: 'postgres', endpoint: 'postgres://app@127.0.0.1:5432/app', checks: 4, failures: 0 };
    expect(healthProbeFailed.check(passing)).toBeUndefined();
    expect(healthProbeFailed.check({ ...passing, failures: 1, lastError: 'the database system is shutting down (SQLSTATE 57P03)' })).toEqual({
      message: "Health probe 'db' (postgres://app@127.0.0.1:5432/app) failed 1 of 4 checks during the rollout; last: the database system is shutting down (SQLSTATE 57P03).",
      suggestion: 'Check that the database accepts connections (max_connections, a migration holding locks, credentials the release changed), and abort the rollout if it is the cause.',
    });
  });
});
