/** The label selector to follow by (`--selector`, the `selector` setting); blank counts as none. */
export declare function rolloutSelector(setting: unknown): string | undefined;
