/**
 * The JSON Schema of the `canary-judge:` section, so that editors and the config validator catch its shape with
 * line numbers; readCanaryJudgeSettings checks what a schema cannot (marginal ≤ pass, the group weights' total).
 */
export declare function canaryJudgeSchema(): Record<string, unknown>;
