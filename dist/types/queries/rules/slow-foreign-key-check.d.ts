interface Options {
    'min-trigger-ms': number;
    'min-time-share': number;
}
export declare const slowForeignKeyCheck: import("../plan-rule.js").PlanRule<Options>;
export {};
