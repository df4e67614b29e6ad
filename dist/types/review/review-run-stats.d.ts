import type { SkippedFile } from './files/collect-files.js';
/**
 * What a review run reports in `runs[].stats`. Renderers read it back from the report, which may be a saved JSON
 * file, so this is the contract between the analyzer and every output that shows the run's facts.
 */
export interface ReviewRunStats {
    /** Files reviewed (read and parsed), not counting those skipped. */
    files: number;
    /** Files selected per language, skipped ones included. */
    languages: {
        python: number;
        typescript: number;
    };
    bytes: number;
    /** Files that could not be reviewed, each with the reason: the outputs list them, never drop them. */
    skipped: SkippedFile[];
    /** Threads that reviewed, the main one included. */
    workers: number;
    durationMs: number;
}
/**
 * The JSON Schema of these stats, for a saved report (the fork-safe pair posts a report an earlier job wrote): the
 * outputs read the stats as typed, so a report is checked against this before anything renders it.
 */
export declare const REVIEW_RUN_STATS_SCHEMA: {
    type: string;
    required: string[];
    properties: {
        files: {
            type: string;
        };
        languages: {
            type: string;
            required: string[];
            properties: {
                python: {
                    type: string;
                };
                typescript: {
                    type: string;
                };
            };
        };
        bytes: {
            type: string;
        };
        skipped: {
            type: string;
            items: {
                type: string;
                required: string[];
                properties: {
                    file: {
                        type: string;
                    };
                    reason: {
                        type: string;
                    };
                    detail: {
                        type: string;
                    };
                };
            };
        };
        workers: {
            type: string;
        };
        durationMs: {
            type: string;
        };
    };
};
