import type { LintRule } from '../lint/lint-rule.js';
/** R20: what the controller's validation refuses about services and traffic routing (the Rollout goes InvalidSpec). */
export declare const trafficRoutingInvalid: LintRule;
