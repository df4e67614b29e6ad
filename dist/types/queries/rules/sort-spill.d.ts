interface Options {
    'min-disk-kb': number;
}
export declare const sortSpill: import("../plan-rule.js").PlanRule<Options>;
export {};
