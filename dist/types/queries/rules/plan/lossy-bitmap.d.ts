export declare const lossyBitmap: import("../../plan-rule.js").PlanRule<{
    'min-lossy-blocks': number;
}, "lossy-bitmap">;
