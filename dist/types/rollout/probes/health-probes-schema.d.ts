/**
 * The JSON Schema of `health-probes` in `.predator-guard.yml`. One item schema for both kinds (rather than a oneOf of
 * two) so that a bad field gets its own message instead of "matches neither kind"; the `oneOf` of `required` only
 * demands exactly one of `http` and `postgres`.
 */
export declare const HEALTH_PROBES_SCHEMA: {
    type: string;
    description: string;
    items: {
        type: string;
        additionalProperties: boolean;
        required: string[];
        description: string;
        oneOf: {
            required: string[];
        }[];
        properties: {
            name: {
                type: string;
                minLength: number;
                description: string;
            };
            http: {
                type: string;
                pattern: string;
                description: string;
            };
            postgres: {
                description: string;
                anyOf: ({
                    type: string;
                    pattern: string;
                    additionalProperties?: undefined;
                    required?: undefined;
                    properties?: undefined;
                } | {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    properties: {
                        env: {
                            type: string;
                            pattern: string;
                        };
                    };
                    pattern?: undefined;
                })[];
            };
            'expect-status': {
                type: string;
                minimum: number;
                maximum: number;
                description: string;
            };
            'max-latency': {
                type: string;
                pattern: string;
                description: string;
            };
            interval: {
                type: string;
                pattern: string;
                description: string;
            };
            timeout: {
                type: string;
                pattern: string;
                description: string;
            };
        };
    };
};
