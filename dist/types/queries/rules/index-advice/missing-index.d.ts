export interface MissingIndexOptions {
    'min-cost-reduction': number;
    'min-table-rows': number;
    'max-selected-share': number;
    'max-partial-share': number;
}
export declare const missingIndex: import("../../../core/rules/rule.js").Rule<{
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
    defaultOptions: MissingIndexOptions;
}, MissingIndexOptions, "missing-index">;
