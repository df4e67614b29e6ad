/** R4: after the last step the canary goes to full weight anyway, so nothing was ever verified at full weight. */
export declare const finalWeightBelowFull: import("../../lint/lint-rule.js").LintRule<"final-weight-below-full">;
