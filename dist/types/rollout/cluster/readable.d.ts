/** A field the checker's account may not be allowed to read: its value, or unknown with the reason. */
export type Readable<T> = {
    known: true;
    value: T;
} | {
    known: false;
    reason: string;
};
/**
 * Reads a field that only explains a verdict (AnalysisRuns, ReplicaSets, a Flagger target): a 403 makes it unknown
 * rather than failing the run, because the checker's account may reasonably be denied it. Other errors still fail.
 */
export declare function readOrUnknown<T>(read: () => Promise<T>): Promise<Readable<T>>;
