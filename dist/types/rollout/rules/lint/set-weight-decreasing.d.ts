/** R3: the controller allows a lower weight later on, but shrinking the canary mid-rollout is almost always a typo. */
export declare const setWeightDecreasing: import("../../lint/lint-rule.js").LintRule<"set-weight-decreasing">;
