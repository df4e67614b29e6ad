import type { FollowEnding, FollowOutcome } from '../../src/rollout/cluster/follow-rollout.js';
import type { ClusterRollout } from '../../src/rollout/cluster/rollout-api.js';
import type { CanaryOutcome } from '../../src/rollout/flagger/follow-canary.js';
import { UNCHECKED } from '../../src/rollout/flagger/follow-canary.js';

/** A followed Rollout `shop/web` as the wait left it, for verdict rule tests; `overrides` set what the test is about. */
export function rolloutOutcome(ending: FollowEnding, overrides: Partial<FollowOutcome> = {}): FollowOutcome {
  const rollout: ClusterRollout = { spec: { template: { spec: { containers: [{ name: 'web', image: 'shop/web:1.2.0' }] } } }, status: {} };
  return { ref: { name: 'web', namespace: 'shop' }, ending, rollout, phase: 'Healthy', message: '', needsPromotion: false, ...overrides };
}

/** A followed Flagger Canary `shop/web` as the wait left it. */
export function canaryOutcomeOf(ending: FollowEnding, overrides: Partial<CanaryOutcome> = {}): CanaryOutcome {
  return {
    ref: { name: 'web', namespace: 'shop' },
    ending,
    canary: {},
    phase: 'Succeeded',
    message: '',
    failedChecks: 0,
    threshold: 5,
    needsPromotion: false,
    revision: UNCHECKED,
    ...overrides,
  };
}
