interface Options {
    'min-heap-fetches': number;
    'min-fetch-share': number;
}
export declare const indexOnlyHeapFetches: import("../plan-rule.js").PlanRule<Options>;
export {};
