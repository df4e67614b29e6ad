export declare const jitOverhead: import("../../plan-rule.js").PlanRule<{
    'min-jit-ms': number;
    'min-time-share': number;
}, "jit-overhead">;
