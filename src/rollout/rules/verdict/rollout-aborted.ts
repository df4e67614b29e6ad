import { defineVerdictRule } from '../../cluster/verdict-rule.js';
import { isAborted } from '../../status/abort-reason.js';
import { analysisFailureDetail } from '../../status/analysis-failure-detail.js';

/** The controller gave up on the update (a failed analysis, a failed experiment or a user's abort) and went back to stable. */
export const rolloutAborted = defineVerdictRule({
  meta: {
    id: 'rollout-aborted',
    category: 'release',
    severity: 'error',
    description: 'A Rollout that ended Degraded because its update was aborted (reason RolloutAborted).',
    summary: "a Rollout that ended Degraded because its update was aborted (a failed analysis, a user's abort)",
  },
  check(outcome) {
    if (outcome.ending !== 'degraded' || !isAborted(outcome.rollout)) return undefined;
    const { name, namespace } = outcome.ref;
    const detail = outcome.analysisRuns?.known ? analysisFailureDetail(outcome.analysisRuns.value) : '';
    return {
      message: `Rollout '${name}' in namespace '${namespace}' was aborted: ${outcome.message || 'no message recorded'}${detail ? ` — ${detail}` : ''}`,
      suggestion: `Read the failed AnalysisRun (kubectl argo rollouts get rollout ${name} -n ${namespace}), fix the release, and deploy again; 'kubectl argo rollouts retry rollout ${name}' retries the same revision.`,
    };
  },
});
