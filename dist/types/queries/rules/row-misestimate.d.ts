interface Options {
    'notice-factor': number;
    'warning-factor': number;
    'error-factor': number;
    'min-rows': number;
}
export declare const rowMisestimate: import("../plan-rule.js").PlanRule<Options>;
export {};
