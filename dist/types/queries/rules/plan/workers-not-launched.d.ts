export declare const workersNotLaunched: import("../../plan-rule.js").PlanRule<{}, "workers-not-launched">;
