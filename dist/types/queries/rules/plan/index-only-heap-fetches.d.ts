export declare const indexOnlyHeapFetches: import("../../plan-rule.js").PlanRule<{
    'min-heap-fetches': number;
    'min-fetch-share': number;
}, "index-only-heap-fetches">;
