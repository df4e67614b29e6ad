export declare const inefficientIndexScan: import("../../plan-rule.js").PlanRule<{
    'min-removed-rows': number;
    'min-removed-share': number;
}, "inefficient-index-scan">;
