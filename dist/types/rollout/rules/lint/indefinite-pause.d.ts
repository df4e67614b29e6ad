/** R5: `kubectl argo rollouts status` never exits on Paused (argo-rollouts #1389), so a CI gate waits until its timeout. */
export declare const indefinitePause: import("../../lint/lint-rule.js").LintRule<"indefinite-pause">;
