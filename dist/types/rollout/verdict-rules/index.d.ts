import type { VerdictRule } from './verdict-rule.js';
/** The verdicts on a followed Rollout or Canary, alphabetically; each outcome matches at most one of them. */
export declare const VERDICT_RULES: readonly VerdictRule[];
