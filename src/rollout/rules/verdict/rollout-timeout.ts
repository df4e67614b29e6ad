import { defineVerdictRule } from '../../cluster/verdict-rule.js';

/** The check's own timeout: the controller never times out a pause or an analysis step, so nothing else ends the wait. */
export const rolloutTimeout = defineVerdictRule({
  meta: {
    id: 'rollout-timeout',
    category: 'release',
    severity: 'error',
    description: 'A Rollout (or Flagger Canary) that had not reached a final phase when the rollout-timeout ran out.',
    summary: 'a Rollout or Canary still Progressing or Paused when `rollout-timeout` ran out, named with its phase and message',
  },
  check(outcome) {
    if (outcome.ending !== 'timeout') return undefined;
    const { name, namespace } = outcome.ref;
    const where = `${outcome.phase}${outcome.message ? ` - ${outcome.message}` : ''}`;
    if (outcome.needsPromotion) {
      return {
        message: `Rollout '${name}' in namespace '${namespace}' timed out while ${where}: it needs a promotion.`,
        suggestion: `Promote it (kubectl argo rollouts promote ${name} -n ${namespace}) or give the pause a duration; set success-on-pause: true when the pause is intended.`,
      };
    }
    return {
      message: `Rollout '${name}' in namespace '${namespace}' timed out while ${where}.`,
      suggestion: 'Raise rollout-timeout (--timeout) above the total of the pause and analysis steps, or find what holds the rollout back.',
    };
  },
  checkCanary(outcome) {
    if (outcome.ending !== 'timeout') return undefined;
    const { name, namespace } = outcome.ref;
    const where = `${outcome.phase}${outcome.message ? ` - ${outcome.message}` : ''}`;
    // A Succeeded left from the previous release: the wait went on for Flagger to pick the new revision up.
    const stale = outcome.revision.state === 'stale' ? ` (${outcome.revision.detail})` : '';
    if (outcome.needsPromotion) {
      return {
        message: `Canary '${name}' in namespace '${namespace}' timed out while ${where}: it waits for its confirm-promotion webhook.`,
        suggestion: 'Approve the promotion through the webhook the Canary names (spec.analysis.webhooks, type confirm-promotion), or set success-on-pause: true when waiting there is intended.',
      };
    }
    return {
      message: `Canary '${name}' in namespace '${namespace}' timed out while ${where}${stale}.`,
      suggestion: 'Raise rollout-timeout (--timeout) above the analysis interval times its iterations (or steps to maxWeight), or find what holds the canary back (kubectl describe canary).',
    };
  },
});
