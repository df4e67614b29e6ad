export declare const nonDefaultSettings: import("../../plan-rule.js").PlanRule<{}, "non-default-settings">;
