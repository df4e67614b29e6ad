import { type NoOptions, type Rule, type RuleMeta } from '../../core/rules/rule.js';
import type { FollowOutcome } from './follow-rollout.js';
import type { CanaryOutcome } from '../flagger/follow-canary.js';
export interface VerdictContext {
    /** The image the pull request deployed (`image` / `--image`); absent when the check should not compare. */
    image?: string;
}
/** What a rule says about one followed Rollout; the analyzer makes the finding. */
export interface VerdictReport {
    message: string;
    suggestion?: string;
}
/** How a verdict rule checks: the outcome of one followed Argo Rollout, and of a Flagger Canary when it applies to them. */
export interface VerdictCheck {
    /** A followed Argo Rollout. */
    check(outcome: FollowOutcome, context: VerdictContext): VerdictReport | undefined;
    /** A followed Flagger Canary; a rule without it does not apply to canaries. */
    checkCanary?(outcome: CanaryOutcome, context: VerdictContext): VerdictReport | undefined;
}
export type VerdictRule<Id extends string = string> = Rule<VerdictCheck, NoOptions, Id>;
/** The release verdicts (this family and the checks beside the wait) are all of category release. */
export type ReleaseMeta<Id extends string> = RuleMeta<Id> & {
    readonly category: 'release';
};
export declare function defineVerdictRule<Id extends string>(rule: {
    readonly meta: ReleaseMeta<Id>;
} & VerdictCheck): VerdictRule<Id>;
