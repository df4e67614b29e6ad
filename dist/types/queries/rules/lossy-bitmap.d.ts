interface Options {
    'min-lossy-blocks': number;
}
export declare const lossyBitmap: import("../plan-rule.js").PlanRule<Options>;
export {};
