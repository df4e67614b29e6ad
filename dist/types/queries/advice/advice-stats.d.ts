/** What index advice did, for the report's stats and the benchmark's planner calls per candidate. */
export interface IndexAdviceStats {
    /** Candidates for tables the plan reads badly. */
    candidates: number;
    /** EXPLAINs run to verify candidates (the audit's own plan is the baseline and not counted). */
    plannerCalls: number;
    kept: number;
    skipped: number;
}
export declare function emptyAdviceStats(): IndexAdviceStats;
export declare function addAdviceStats(total: IndexAdviceStats, more: IndexAdviceStats): IndexAdviceStats;
