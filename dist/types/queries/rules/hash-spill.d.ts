interface Options {
    'max-batches': number;
}
export declare const hashSpill: import("../plan-rule.js").PlanRule<Options>;
export {};
