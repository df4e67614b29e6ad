import { flaggerCanaryFailed } from './flagger-canary-failed.js';
import { rolloutAborted } from './rollout-aborted.js';
import { rolloutDegraded } from './rollout-degraded.js';
import { rolloutRolledBack } from './rollout-rolled-back.js';
import { rolloutTimeout } from './rollout-timeout.js';
import type { VerdictRule } from '../../cluster/verdict-rule.js';

/** The verdicts on a followed Rollout or Canary, alphabetically; each outcome matches at most one of them. */
export const VERDICT_RULES: readonly VerdictRule[] = [flaggerCanaryFailed, rolloutAborted, rolloutDegraded, rolloutRolledBack, rolloutTimeout];
