/** A half-open range of UTF-16 offsets into the source. */
export interface OffsetRange {
    start: number;
    end: number;
}
/** Where a loop sits when another loop's per-iteration code holds it. */
export interface Nesting {
    /** 2 for a loop directly inside an outermost loop, 3 one level further, and so on. */
    depth: number;
    /** Start offset of the innermost loop around it. */
    outerStart: number;
}
/**
 * Tracks, during the engine's single walk, which loops enclose the current node. Only the parts of a loop that
 * run on every iteration count as "inside" it: a loop in an iterable or an initializer runs once, so it is not
 * nested. Language rules decide what a loop is and which of its parts repeat; this only counts.
 */
export declare class LoopNesting {
    /** One list of active loops per function or class being walked: a body defined in a loop runs when called. */
    private readonly scopes;
    enterScope(): void;
    exitScope(): void;
    /** Registers a loop starting at `start`; returns its nesting, or undefined when it is an outermost loop. */
    enterLoop(start: number, runsEveryIteration: readonly OffsetRange[]): Nesting | undefined;
    exitLoop(): void;
    private currentScope;
}
