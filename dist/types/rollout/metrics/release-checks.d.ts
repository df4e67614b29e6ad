import type { Deps } from '../../core/analyzer.js';
import type { Config } from '../../core/config/config.js';
import type { Finding } from '../../core/finding.js';
import { type JudgeResult } from '../judge/index.js';
import type { ProbeSummary } from '../probes/health-probe.js';
import { type MetricEvaluation } from './evaluate-template-metrics.js';
import type { WaitedRollout } from './waited-rollout.js';
export type { WaitedRollout } from './waited-rollout.js';
/** What the checks beside the wait add to the run's stats; a key is there only when its check is configured. */
export interface ReleaseCheckStats {
    /** Each template metric measured when a Rollout's wait ended: resolved query, value, phase or why not. */
    metrics?: MetricEvaluation[];
    /** The canary judge per Rollout (`canary-judge`). */
    canaryJudge?: ({
        rollout: string;
    } & JudgeResult)[];
    /** Each health probe over the whole wait (`health-probes`). */
    probes?: ProbeSummary[];
}
export interface ReleaseChecks {
    /**
     * Once every wait is over: the probes' last round, then each waited Rollout's template metrics and the judge.
     * Throws when Prometheus cannot answer (after the probes have stopped).
     */
    finish(waited: readonly WaitedRollout[]): Promise<{
        findings: Finding[];
        stats: ReleaseCheckStats;
    }>;
    /** Stops the probes without a verdict, for a wait that failed. */
    stop(): Promise<void>;
}
/**
 * The checks that run beside the wait for Rollouts: health probes from the start of the wait to its end, and — with
 * `prometheus-url` — the canary's template metrics and the canary judge once the waits are over. Settings are read
 * before anything starts, so a bad probe or judge section fails the run (exit 2) before the wait.
 */
export declare function startReleaseChecks(config: Config, deps: Deps): ReleaseChecks;
