/** JSON Schema pieces that the config schema and the analyzers' settings schemas (their meta.ts) share. */
/** A Go-style duration as kubectl and Argo write them: `300ms`, `30s`, `10m`, `1h30m`. */
export declare const DURATION_PATTERN = "^(\\d+(\\.\\d+)?(ms|s|m|h))+$";
export declare const duration: (description: string) => {
    type: string;
    pattern: string;
    description: string;
};
/** A list, written as a YAML list or as a comma list (as action inputs are). */
export declare const stringList: (description: string) => {
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
