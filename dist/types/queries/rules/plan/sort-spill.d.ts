export declare const sortSpill: import("../../plan-rule.js").PlanRule<{
    'min-disk-kb': number;
}, "sort-spill">;
