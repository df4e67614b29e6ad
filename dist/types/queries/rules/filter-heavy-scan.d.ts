interface Options {
    'min-removed-rows': number;
    'min-removed-share': number;
}
export declare const filterHeavyScan: import("../plan-rule.js").PlanRule<Options>;
export {};
