export const FILTER_MODES = ['added', 'diff-context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

export const RULE_SEVERITIES = ['error', 'warning', 'notice', 'off'] as const;
