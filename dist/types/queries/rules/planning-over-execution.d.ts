interface Options {
    'min-planning-ms': number;
}
export declare const planningOverExecution: import("../plan-rule.js").PlanRule<Options>;
export {};
