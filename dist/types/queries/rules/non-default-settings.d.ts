export declare const nonDefaultSettings: import("../plan-rule.js").PlanRule<Record<string, never>>;
