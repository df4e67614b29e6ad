/** R20: what the controller's validation refuses about services and traffic routing (the Rollout goes InvalidSpec). */
export declare const trafficRoutingInvalid: import("../../lint/lint-rule.js").LintRule<"traffic-routing-invalid">;
