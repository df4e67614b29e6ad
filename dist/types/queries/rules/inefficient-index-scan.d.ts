interface Options {
    'min-removed-rows': number;
    'min-removed-share': number;
}
export declare const inefficientIndexScan: import("../plan-rule.js").PlanRule<Options>;
export {};
