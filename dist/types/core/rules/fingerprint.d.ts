/**
 * Stable across edits elsewhere in the file: built from the rule, the file and the reported line's code with its
 * whitespace folded, never from the line number. Identical constructs in one file are told apart by their order.
 */
export declare function fingerprintOf(rule: string, file: string, code: string, occurrence: number): string;
/** Counts how often each (rule, file, code) key has been seen, so the nth identical construct gets index n. */
export declare class OccurrenceCounter {
    private readonly seen;
    next(key: string): number;
}
