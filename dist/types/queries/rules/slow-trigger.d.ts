interface Options {
    'min-trigger-ms': number;
    'min-time-share': number;
}
export declare const slowTrigger: import("../plan-rule.js").PlanRule<Options>;
export {};
