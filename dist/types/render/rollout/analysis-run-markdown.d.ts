import type { AnalysisRunView } from './followed-rollouts.js';
/**
 * One AnalysisRun: its phase and message, a table of its metrics (the last value beside the condition it was held
 * to, the counts beside their limits: what users ask for when an analysis "failed (3) > failureLimit (2)"), and
 * each metric's PromQL as the controller resolved it. Blocks are returned apart so the caller can fold them.
 */
export declare function analysisRunBlocks(run: AnalysisRunView): {
    heading: string;
    table?: string;
    queries: {
        metric: string;
        query: string;
    }[];
};
/** A fenced PromQL block; the fence outgrows any backtick run in the query so the query cannot close it. */
export declare function queryFence(query: string): string;
export declare function phaseWording(phase: string): string;
