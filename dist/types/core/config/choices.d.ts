export declare const FILTER_MODES: readonly ["added", "diff-context", "file", "nofilter"];
export type FilterMode = (typeof FILTER_MODES)[number];
export declare const RULE_SEVERITIES: readonly ["error", "warning", "notice", "off"];
