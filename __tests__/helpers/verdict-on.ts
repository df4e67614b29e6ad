import type { FollowEnding } from '../../src/rollout/cluster/follow-rollout.js';
import { needsPromotion } from '../../src/rollout/cluster/follow-rollout.js';
import type { ClusterRollout } from '../../src/rollout/cluster/rollout-api.js';
import type { VerdictReport, VerdictRule } from '../../src/rollout/cluster/verdict-rule.js';
import type { FlaggerCanary } from '../../src/rollout/flagger/canary-object.js';
import { canaryEnding } from '../../src/rollout/flagger/canary-phase.js';
import { canaryOutcome, UNCHECKED } from '../../src/rollout/flagger/follow-canary.js';
import { rolloutPhase } from '../../src/rollout/status/rollout-phase.js';

/** The wait ends on Healthy or Degraded; any other phase is where the timeout found the object. */
function endingFor(phase: string): FollowEnding {
  if (phase === 'Healthy') return 'healthy';
  if (phase === 'Degraded') return 'degraded';
  return 'timeout';
}

/**
 * What a verdict rule says about an object as the wait would have left it (`shop/web`): a Rollout goes through
 * `check`, a Flagger Canary (`kind: Canary`) through `checkCanary`.
 */
export function verdictOn(rule: VerdictRule, object: ClusterRollout | FlaggerCanary, image?: string): VerdictReport | undefined {
  const ref = { name: 'web', namespace: 'shop' };
  if ((object as { kind?: unknown }).kind === 'Canary') {
    const canary = object as FlaggerCanary;
    return rule.checkCanary?.(canaryOutcome(ref, canary, canaryEnding(canary, false) ?? 'timeout', UNCHECKED), { image });
  }
  const rollout = object as ClusterRollout;
  const { phase, message } = rolloutPhase(rollout);
  return rule.check({ ref, ending: endingFor(phase), rollout, phase, message, needsPromotion: needsPromotion(rollout) }, { image });
}
