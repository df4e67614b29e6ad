import { rolloutAborted } from './rollout-aborted.js';
import { rolloutDegraded } from './rollout-degraded.js';
import { rolloutRolledBack } from './rollout-rolled-back.js';
import { rolloutTimeout } from './rollout-timeout.js';
import type { VerdictRule } from './verdict-rule.js';

/** The verdicts on a followed Rollout, alphabetically; each outcome matches at most one of them. */
export const VERDICT_RULES: readonly VerdictRule[] = [rolloutAborted, rolloutDegraded, rolloutRolledBack, rolloutTimeout];
