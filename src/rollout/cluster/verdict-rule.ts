import type { Severity } from '../../core/finding.js';
import type { FollowOutcome } from './follow-rollout.js';
import type { CanaryOutcome } from '../flagger/follow-canary.js';

export interface VerdictRuleMeta {
  id: string;
  category: 'release';
  severity: Severity;
  /** One sentence: what the rule reports. Shown in SARIF and the docs index. */
  description: string;
}

export interface VerdictContext {
  /** The image the pull request deployed (`image` / `--image`); absent when the check should not compare. */
  image?: string;
}

/** What a rule says about one followed Rollout; the analyzer makes the finding. */
export interface VerdictReport {
  message: string;
  suggestion?: string;
}

export interface VerdictRule {
  meta: VerdictRuleMeta;
  /** A followed Argo Rollout. */
  check(outcome: FollowOutcome, context: VerdictContext): VerdictReport | undefined;
  /** A followed Flagger Canary; a rule without it does not apply to canaries. */
  checkCanary?(outcome: CanaryOutcome, context: VerdictContext): VerdictReport | undefined;
}
