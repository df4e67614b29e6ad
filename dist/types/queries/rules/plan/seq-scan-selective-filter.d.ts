export declare const seqScanSelectiveFilter: import("../../plan-rule.js").PlanRule<{
    'min-table-rows': number;
    'max-kept-share': number;
}, "seq-scan-selective-filter">;
