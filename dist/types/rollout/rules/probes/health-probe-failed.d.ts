/**
 * Any failed check fails the probe: the Rollout's own analysis decides whether the canary goes on, this says that
 * something users depend on broke while it rolled, which a passing analysis of other metrics can miss.
 */
export declare const healthProbeFailed: import("../../probes/probe-rule.js").ProbeRule<"health-probe-failed">;
