export declare const filterHeavyScan: import("../../plan-rule.js").PlanRule<{
    'min-removed-rows': number;
    'min-removed-share': number;
}, "filter-heavy-scan">;
