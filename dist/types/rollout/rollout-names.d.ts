/** The names to follow, from the `rollout` setting (a list, or a comma/newline-separated action input). */
export declare function rolloutNames(setting: unknown): string[];
