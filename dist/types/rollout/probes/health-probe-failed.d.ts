import type { VerdictReport, VerdictRuleMeta } from '../verdict-rules/verdict-rule.js';
import type { ProbeSummary } from './health-probe.js';
/** A verdict on one health probe over the whole wait, rather than on a Rollout's outcome. */
export interface ProbeRule {
    meta: VerdictRuleMeta;
    check(summary: ProbeSummary): VerdictReport | undefined;
}
/**
 * Any failed check fails the probe: the Rollout's own analysis decides whether the canary goes on, this says that
 * something users depend on broke while it rolled, which a passing analysis of other metrics can miss.
 */
export declare const healthProbeFailed: ProbeRule;
export declare const PROBE_RULES: readonly ProbeRule[];
