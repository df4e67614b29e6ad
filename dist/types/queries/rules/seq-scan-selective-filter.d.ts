interface Options {
    'min-table-rows': number;
    'max-kept-share': number;
}
export declare const seqScanSelectiveFilter: import("../plan-rule.js").PlanRule<Options>;
export {};
