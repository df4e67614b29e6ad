export declare const planningOverExecution: import("../../plan-rule.js").PlanRule<{
    'min-planning-ms': number;
}, "planning-over-execution">;
