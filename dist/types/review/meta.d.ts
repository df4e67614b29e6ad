/** Every code review rule, alphabetically, one line each. */
export declare const REVIEW_RULES: {
    readonly 'await-in-loop': import("./review-rule.js").ReviewRule<{}, "await-in-loop">;
    readonly 'bare-except': import("./review-rule.js").ReviewRule<{}, "bare-except">;
    readonly 'broad-exception-caught': import("./review-rule.js").ReviewRule<{}, "broad-exception-caught">;
    readonly 'empty-catch': import("./review-rule.js").ReviewRule<{}, "empty-catch">;
    readonly 'linear-lookup-in-loop': import("./review-rule.js").ReviewRule<{}, "linear-lookup-in-loop">;
    readonly 'nested-loop': import("./review-rule.js").ReviewRule<{}, "nested-loop">;
    readonly 'syntax-error': import("./review-rule.js").ReviewRule<{}, "syntax-error">;
    readonly 'too-many-params': import("./review-rule.js").ReviewRule<import("./rules/too-many-params.js").TooManyParamsOptions, "too-many-params">;
};
/**
 * The hygiene rules belong to the core (every analyzer that reads directives reports unused-suppression, and the
 * baseline is the core's); the review files them, so the catalog and SARIF's review run list them as they always
 * have, in this order.
 */
export declare const HYGIENE_RULES: {
    readonly 'unused-suppression': import("../core/rules/rule.js").Rule<{
        meta: {
            id: "unused-suppression";
            category: "hygiene";
            severity: "notice";
            description: string;
            summary: string;
        };
        defaultOptions: {};
    }, {}, "unused-suppression">;
    readonly 'stale-baseline-entry': import("../core/rules/rule.js").Rule<{
        meta: {
            id: "stale-baseline-entry";
            category: "hygiene";
            severity: "notice";
            description: string;
            summary: string;
        };
        defaultOptions: {};
    }, {}, "stale-baseline-entry">;
};
/** What the rest of the program knows of the code review without loading a parser. */
export declare const reviewMeta: {
    name: "review";
    families: {
        code: {
            readonly 'await-in-loop': import("./review-rule.js").ReviewRule<{}, "await-in-loop">;
            readonly 'bare-except': import("./review-rule.js").ReviewRule<{}, "bare-except">;
            readonly 'broad-exception-caught': import("./review-rule.js").ReviewRule<{}, "broad-exception-caught">;
            readonly 'empty-catch': import("./review-rule.js").ReviewRule<{}, "empty-catch">;
            readonly 'linear-lookup-in-loop': import("./review-rule.js").ReviewRule<{}, "linear-lookup-in-loop">;
            readonly 'nested-loop': import("./review-rule.js").ReviewRule<{}, "nested-loop">;
            readonly 'syntax-error': import("./review-rule.js").ReviewRule<{}, "syntax-error">;
            readonly 'too-many-params': import("./review-rule.js").ReviewRule<import("./rules/too-many-params.js").TooManyParamsOptions, "too-many-params">;
        };
        hygiene: {
            readonly 'unused-suppression': import("../core/rules/rule.js").Rule<{
                meta: {
                    id: "unused-suppression";
                    category: "hygiene";
                    severity: "notice";
                    description: string;
                    summary: string;
                };
                defaultOptions: {};
            }, {}, "unused-suppression">;
            readonly 'stale-baseline-entry': import("../core/rules/rule.js").Rule<{
                meta: {
                    id: "stale-baseline-entry";
                    category: "hygiene";
                    severity: "notice";
                    description: string;
                    summary: string;
                };
                defaultOptions: {};
            }, {}, "stale-baseline-entry">;
        };
    };
    settings: {};
    statsSchema: {
        type: string;
        required: string[];
        properties: {
            files: {
                type: string;
            };
            languages: {
                type: string;
                required: string[];
                properties: {
                    python: {
                        type: string;
                    };
                    typescript: {
                        type: string;
                    };
                };
            };
            bytes: {
                type: string;
            };
            skipped: {
                type: string;
                items: {
                    type: string;
                    required: string[];
                    properties: {
                        file: {
                            type: string;
                        };
                        reason: {
                            type: string;
                        };
                        detail: {
                            type: string;
                        };
                    };
                };
            };
            workers: {
                type: string;
            };
            durationMs: {
                type: string;
            };
        };
    };
    readsFile: (file: string) => boolean;
};
export type { ReviewRunStats } from './review-run-stats.js';
export type { SkippedFile } from './files/collect-files.js';
