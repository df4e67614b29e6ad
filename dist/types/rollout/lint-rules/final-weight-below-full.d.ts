import type { LintRule } from '../lint/lint-rule.js';
/** R4: after the last step the canary goes to full weight anyway, so nothing was ever verified at full weight. */
export declare const finalWeightBelowFull: LintRule;
