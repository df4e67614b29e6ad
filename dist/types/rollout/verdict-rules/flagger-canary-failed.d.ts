import type { VerdictRule } from './verdict-rule.js';
/** Flagger rolled the canary back (failed checks reached the threshold, or the progress deadline passed). */
export declare const flaggerCanaryFailed: VerdictRule;
