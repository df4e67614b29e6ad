interface Options {
    'min-jit-ms': number;
    'min-time-share': number;
}
export declare const jitOverhead: import("../plan-rule.js").PlanRule<Options>;
export {};
