import { defineVerdictRule } from '../../cluster/verdict-rule.js';
import { isAborted } from '../../status/abort-reason.js';

/** Degraded for any reason but an abort (InvalidSpec, ProgressDeadlineExceeded); an abort is rollout-aborted alone. */
export const rolloutDegraded = defineVerdictRule({
  meta: {
    id: 'rollout-degraded',
    category: 'release',
    severity: 'error',
    description: 'A Rollout that ended Degraded without an abort: an invalid spec or an exceeded progress deadline.',
    summary: 'a Rollout that ended Degraded without an abort: an invalid spec or an exceeded progress deadline',
  },
  check(outcome) {
    if (outcome.ending !== 'degraded' || isAborted(outcome.rollout)) return undefined;
    const { name, namespace } = outcome.ref;
    return {
      message: `Rollout '${name}' in namespace '${namespace}' is Degraded: ${outcome.message || 'no message recorded'}`,
      suggestion: outcome.message.startsWith('InvalidSpec')
        ? 'Fix the Rollout spec the message names and apply it again.'
        : `Find why the new pods do not become available (kubectl describe rollout ${name} -n ${namespace}, the pods' events), or raise spec.progressDeadlineSeconds.`,
    };
  },
});
