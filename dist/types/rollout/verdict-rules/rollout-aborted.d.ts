import type { VerdictRule } from './verdict-rule.js';
/** The controller gave up on the update (a failed analysis, a failed experiment or a user's abort) and went back to stable. */
export declare const rolloutAborted: VerdictRule;
