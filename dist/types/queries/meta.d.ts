/** Every plan rule, alphabetically, one line each. Metadata only is read by the rule catalog: the modules import no client. */
export declare const PLAN_RULES: {
    readonly 'filter-heavy-scan': import("./plan-rule.js").PlanRule<{
        'min-removed-rows': number;
        'min-removed-share': number;
    }, "filter-heavy-scan">;
    readonly 'hash-spill': import("./plan-rule.js").PlanRule<{
        'max-batches': number;
    }, "hash-spill">;
    readonly 'index-only-heap-fetches': import("./plan-rule.js").PlanRule<{
        'min-heap-fetches': number;
        'min-fetch-share': number;
    }, "index-only-heap-fetches">;
    readonly 'inefficient-index-scan': import("./plan-rule.js").PlanRule<{
        'min-removed-rows': number;
        'min-removed-share': number;
    }, "inefficient-index-scan">;
    readonly 'jit-overhead': import("./plan-rule.js").PlanRule<{
        'min-jit-ms': number;
        'min-time-share': number;
    }, "jit-overhead">;
    readonly 'lossy-bitmap': import("./plan-rule.js").PlanRule<{
        'min-lossy-blocks': number;
    }, "lossy-bitmap">;
    readonly 'nested-loop-amplification': import("./plan-rule.js").PlanRule<{
        'min-inner-executions': number;
        'min-time-share': number;
    }, "nested-loop-amplification">;
    readonly 'non-default-settings': import("./plan-rule.js").PlanRule<{}, "non-default-settings">;
    readonly 'planning-over-execution': import("./plan-rule.js").PlanRule<{
        'min-planning-ms': number;
    }, "planning-over-execution">;
    readonly 'row-misestimate': import("./plan-rule.js").PlanRule<{
        'notice-factor': number;
        'warning-factor': number;
        'error-factor': number;
        'min-rows': number;
    }, "row-misestimate">;
    readonly 'seq-scan-selective-filter': import("./plan-rule.js").PlanRule<{
        'min-table-rows': number;
        'max-kept-share': number;
    }, "seq-scan-selective-filter">;
    readonly 'slow-foreign-key-check': import("./plan-rule.js").PlanRule<import("./plan/slow-triggers.js").SlowTriggerOptions, "slow-foreign-key-check">;
    readonly 'slow-trigger': import("./plan-rule.js").PlanRule<import("./plan/slow-triggers.js").SlowTriggerOptions, "slow-trigger">;
    readonly 'sort-spill': import("./plan-rule.js").PlanRule<{
        'min-disk-kb': number;
    }, "sort-spill">;
    readonly 'workers-not-launched': import("./plan-rule.js").PlanRule<{}, "workers-not-launched">;
};
/** The index advice's rule; advise-indexes.ts reports it after a statement's plan. */
export declare const INDEX_ADVICE_RULES: {
    readonly 'missing-index': import("../core/rules/rule.js").Rule<{
        meta: {
            id: "missing-index";
            category: "performance";
            severity: "warning";
            description: string;
            summary: string;
            options: {
                'min-cost-reduction': {
                    type: string;
                    minimum: number;
                    maximum: number;
                    description: string;
                };
                'min-table-rows': {
                    type: string;
                    minimum: number;
                    description: string;
                };
                'max-selected-share': {
                    type: string;
                    minimum: number;
                    maximum: number;
                    description: string;
                };
                'max-partial-share': {
                    type: string;
                    minimum: number;
                    maximum: number;
                    description: string;
                };
            };
        };
        defaultOptions: import("./rules/index-advice/missing-index.js").MissingIndexOptions;
    }, import("./rules/index-advice/missing-index.js").MissingIndexOptions, "missing-index">;
};
/** What the rest of the program knows of the query-plan audit without loading it (no database client, no parser). */
export declare const queriesMeta: {
    name: "queries";
    families: {
        plan: {
            readonly 'filter-heavy-scan': import("./plan-rule.js").PlanRule<{
                'min-removed-rows': number;
                'min-removed-share': number;
            }, "filter-heavy-scan">;
            readonly 'hash-spill': import("./plan-rule.js").PlanRule<{
                'max-batches': number;
            }, "hash-spill">;
            readonly 'index-only-heap-fetches': import("./plan-rule.js").PlanRule<{
                'min-heap-fetches': number;
                'min-fetch-share': number;
            }, "index-only-heap-fetches">;
            readonly 'inefficient-index-scan': import("./plan-rule.js").PlanRule<{
                'min-removed-rows': number;
                'min-removed-share': number;
            }, "inefficient-index-scan">;
            readonly 'jit-overhead': import("./plan-rule.js").PlanRule<{
                'min-jit-ms': number;
                'min-time-share': number;
            }, "jit-overhead">;
            readonly 'lossy-bitmap': import("./plan-rule.js").PlanRule<{
                'min-lossy-blocks': number;
            }, "lossy-bitmap">;
            readonly 'nested-loop-amplification': import("./plan-rule.js").PlanRule<{
                'min-inner-executions': number;
                'min-time-share': number;
            }, "nested-loop-amplification">;
            readonly 'non-default-settings': import("./plan-rule.js").PlanRule<{}, "non-default-settings">;
            readonly 'planning-over-execution': import("./plan-rule.js").PlanRule<{
                'min-planning-ms': number;
            }, "planning-over-execution">;
            readonly 'row-misestimate': import("./plan-rule.js").PlanRule<{
                'notice-factor': number;
                'warning-factor': number;
                'error-factor': number;
                'min-rows': number;
            }, "row-misestimate">;
            readonly 'seq-scan-selective-filter': import("./plan-rule.js").PlanRule<{
                'min-table-rows': number;
                'max-kept-share': number;
            }, "seq-scan-selective-filter">;
            readonly 'slow-foreign-key-check': import("./plan-rule.js").PlanRule<import("./plan/slow-triggers.js").SlowTriggerOptions, "slow-foreign-key-check">;
            readonly 'slow-trigger': import("./plan-rule.js").PlanRule<import("./plan/slow-triggers.js").SlowTriggerOptions, "slow-trigger">;
            readonly 'sort-spill': import("./plan-rule.js").PlanRule<{
                'min-disk-kb': number;
            }, "sort-spill">;
            readonly 'workers-not-launched': import("./plan-rule.js").PlanRule<{}, "workers-not-launched">;
        };
        'index-advice': {
            readonly 'missing-index': import("../core/rules/rule.js").Rule<{
                meta: {
                    id: "missing-index";
                    category: "performance";
                    severity: "warning";
                    description: string;
                    summary: string;
                    options: {
                        'min-cost-reduction': {
                            type: string;
                            minimum: number;
                            maximum: number;
                            description: string;
                        };
                        'min-table-rows': {
                            type: string;
                            minimum: number;
                            description: string;
                        };
                        'max-selected-share': {
                            type: string;
                            minimum: number;
                            maximum: number;
                            description: string;
                        };
                        'max-partial-share': {
                            type: string;
                            minimum: number;
                            maximum: number;
                            description: string;
                        };
                    };
                };
                defaultOptions: import("./rules/index-advice/missing-index.js").MissingIndexOptions;
            }, import("./rules/index-advice/missing-index.js").MissingIndexOptions, "missing-index">;
        };
    };
    settings: {
        'database-url': {
            type: string;
        };
        queries: {
            description: string;
            anyOf: ({
                type: string;
                items: {
                    type: string;
                };
            } | {
                type: string;
                items?: undefined;
            })[];
        };
        schema: {
            description: string;
            anyOf: ({
                type: string;
                items: {
                    type: string;
                };
            } | {
                type: string;
                items?: undefined;
            })[];
        };
        seed: {
            description: string;
            anyOf: ({
                type: string;
                items: {
                    type: string;
                };
            } | {
                type: string;
                items?: undefined;
            })[];
        };
        analyze: {
            type: string;
        };
        plan: {
            description: string;
            anyOf: ({
                type: string;
                items: {
                    type: string;
                };
            } | {
                type: string;
                items?: undefined;
            })[];
        };
        'verify-indexes': {
            enum: string[];
            description: string;
        };
        'statement-timeout': {
            type: string;
            pattern: string;
            description: string;
        };
        'lock-timeout': {
            type: string;
            pattern: string;
            description: string;
        };
        'table-rows': {
            type: string;
            additionalProperties: {
                type: string;
                minimum: number;
            };
        };
    };
    statsSchema: {
        type: string;
        required: string[];
        properties: {
            plans: {
                type: string;
            };
            serverVersion: {
                type: string[];
            };
            notRun: {
                type: string;
                items: {
                    type: string;
                    required: string[];
                    properties: {
                        rule: {
                            type: string;
                        };
                        needs: {
                            type: string;
                            items: {
                                type: string;
                            };
                        };
                    };
                };
            };
            durationMs: {
                type: string;
            };
            server: {
                type: string;
            };
            statements: {
                type: string;
            };
            analyze: {
                type: string;
            };
            estimateOnly: {
                type: string;
                items: {
                    type: string;
                };
            };
            indexAdvice: {
                type: string;
                required: string[];
                properties: {
                    candidates: {
                        type: string;
                    };
                    plannerCalls: {
                        type: string;
                    };
                    kept: {
                        type: string;
                    };
                    skipped: {
                        type: string;
                    };
                };
            };
            rowCounts: {
                type: string;
                additionalProperties: {
                    type: string;
                };
            };
        };
    };
};
export type { QueriesRunStats, SqlAuditStats } from './queries-run-stats.js';
export type { IndexAdviceStats } from './advice/advice-stats.js';
