export declare const workersNotLaunched: import("../plan-rule.js").PlanRule<Record<string, never>>;
