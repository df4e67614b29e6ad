import { defineVerdictRule } from '../../cluster/verdict-rule.js';

/** Flagger rolled the canary back (failed checks reached the threshold, or the progress deadline passed). */
export const flaggerCanaryFailed = defineVerdictRule({
  meta: {
    id: 'flagger-canary-failed',
    category: 'release',
    severity: 'error',
    description: 'A Flagger Canary that ended Failed (or was terminated): Flagger rolled the release back to the primary.',
    summary: 'a Flagger Canary that ended Failed (or was terminated): Flagger rolled the release back to the primary',
  },
  check() {
    // Argo Rollouts have their own verdicts (rollout-aborted, rollout-degraded).
    return undefined;
  },
  checkCanary(outcome) {
    if (outcome.ending !== 'degraded') return undefined;
    const { name, namespace } = outcome.ref;
    return {
      message: `Canary '${name}' in namespace '${namespace}' ended ${outcome.phase} with ${outcome.failedChecks} failed checks (threshold ${outcome.threshold}): ${outcome.message || 'no condition message recorded'}`,
      suggestion: `Read why the checks failed (kubectl describe canary ${name} -n ${namespace}, and Flagger's log for the metric values), fix the release and deploy again.`,
    };
  },
});
