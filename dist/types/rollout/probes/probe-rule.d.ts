import { type NoOptions, type Rule } from '../../core/rules/rule.js';
import type { ReleaseMeta, VerdictReport } from '../cluster/verdict-rule.js';
import type { ProbeSummary } from './health-probe.js';
/** How a probe rule checks: a verdict on one health probe over the whole wait, rather than on a Rollout's outcome. */
export interface ProbeCheck {
    check(summary: ProbeSummary): VerdictReport | undefined;
}
export type ProbeRule<Id extends string = string> = Rule<ProbeCheck, NoOptions, Id>;
export declare function defineProbeRule<Id extends string>(rule: {
    readonly meta: ReleaseMeta<Id>;
} & ProbeCheck): ProbeRule<Id>;
