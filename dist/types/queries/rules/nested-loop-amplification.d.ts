interface Options {
    'min-inner-executions': number;
    'min-time-share': number;
}
export declare const nestedLoopAmplification: import("../plan-rule.js").PlanRule<Options>;
export {};
