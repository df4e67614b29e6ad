/** What index advice did, for the report's stats and the benchmark's planner calls per candidate. */
export interface IndexAdviceStats {
  /** Candidates for tables the plan reads badly. */
  candidates: number;
  /** EXPLAINs run to verify candidates (the audit's own plan is the baseline and not counted). */
  plannerCalls: number;
  kept: number;
  skipped: number;
}

export function emptyAdviceStats(): IndexAdviceStats {
  return { candidates: 0, plannerCalls: 0, kept: 0, skipped: 0 };
}

export function addAdviceStats(total: IndexAdviceStats, more: IndexAdviceStats): IndexAdviceStats {
  return {
    candidates: total.candidates + more.candidates,
    plannerCalls: total.plannerCalls + more.plannerCalls,
    kept: total.kept + more.kept,
    skipped: total.skipped + more.skipped,
  };
}
