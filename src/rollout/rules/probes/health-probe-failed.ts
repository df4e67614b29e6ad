import { defineProbeRule } from '../../probes/probe-rule.js';
import type { ProbeSummary } from '../../probes/health-probe.js';

/**
 * Any failed check fails the probe: the Rollout's own analysis decides whether the canary goes on, this says that
 * something users depend on broke while it rolled, which a passing analysis of other metrics can miss.
 */
export const healthProbeFailed = defineProbeRule({
  meta: {
    id: 'health-probe-failed',
    category: 'release',
    severity: 'error',
    description: 'A health probe from the config (an HTTP endpoint or a PostgreSQL SELECT 1) that failed while the rollout was followed.',
    summary: 'a health probe from the config (an HTTP endpoint or a PostgreSQL `SELECT 1`) that failed while the rollout was followed',
  },
  check(summary) {
    if (summary.failures === 0) return undefined;
    return {
      message: `Health probe '${summary.name}' (${summary.endpoint}) failed ${summary.failures} of ${summary.checks} checks during the rollout; last: ${summary.lastError ?? 'no reason recorded'}.`,
      suggestion:
        summary.kind === 'http'
          ? "Read the endpoint's logs for what the new version broke, and abort the rollout (kubectl argo rollouts abort NAME) if it is the cause; if the probe's expect-status or max-latency is wrong, fix it in health-probes."
          : 'Check that the database accepts connections (max_connections, a migration holding locks, credentials the release changed), and abort the rollout if it is the cause.',
    };
  },
});
