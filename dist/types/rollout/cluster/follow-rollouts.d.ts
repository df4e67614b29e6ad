import type { AnalyzerOutput, Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
/** Which objects to follow: named ones (the `rollout` setting), or those a label selector matches (`selector`). */
export type FollowRequest = {
    names: readonly string[];
} | {
    selector: string;
};
/**
 * Follows each Rollout or Canary to its verdict, all at once (each has its own timeout, so the slowest decides how
 * long the run takes, not their sum), and turns each verdict into at most one finding: one table, one gate.
 */
export declare function followRollouts(request: FollowRequest, config: Config, deps: Deps): Promise<AnalyzerOutput<'rollout'>>;
