export declare const nestedLoopAmplification: import("../../plan-rule.js").PlanRule<{
    'min-inner-executions': number;
    'min-time-share': number;
}, "nested-loop-amplification">;
