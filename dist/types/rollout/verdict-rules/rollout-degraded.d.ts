import type { VerdictRule } from './verdict-rule.js';
/** Degraded for any reason but an abort (InvalidSpec, ProgressDeadlineExceeded); an abort is rollout-aborted alone. */
export declare const rolloutDegraded: VerdictRule;
