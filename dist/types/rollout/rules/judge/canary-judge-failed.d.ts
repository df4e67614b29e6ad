/** The judge's Fail: a score below the marginal score, or one forced to 0 by a critical metric or missing data. */
export declare const canaryJudgeFailed: import("../../judge/judge-rule.js").JudgeRule<"canary-judge-failed">;
