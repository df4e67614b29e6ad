export declare const hashSpill: import("../../plan-rule.js").PlanRule<{
    'max-batches': number;
}, "hash-spill">;
