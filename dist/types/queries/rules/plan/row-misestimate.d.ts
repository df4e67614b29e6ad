export declare const rowMisestimate: import("../../plan-rule.js").PlanRule<{
    'notice-factor': number;
    'warning-factor': number;
    'error-factor': number;
    'min-rows': number;
}, "row-misestimate">;
