/** The judge's Marginal: Kayenta leaves this one to a person (Argo's Kayenta provider makes it Inconclusive). */
export declare const canaryJudgeMarginal: import("../../judge/judge-rule.js").JudgeRule<"canary-judge-marginal">;
