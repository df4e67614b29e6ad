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
/** A loop as a language module describes it: where it is, and which parts of it run on every iteration. */
export interface Loop {
    /** Where findings about the loop start: its keyword (`async` for `async for`), or an iteration call's method name. */
    start: number;
    end: number;
    runsEveryIteration: readonly OffsetRange[];
    /** `for await` and `async for` wait for each step by design, so waiting inside them adds no delay of its own. */
    awaitsEachStep: boolean;
}
/** Told about each loop as the walk enters it, with its nesting (undefined for an outermost loop). */
export type LoopListener = (loop: Loop, nesting: Nesting | undefined) => void;
/**
 * Tracks, during the engine's single walk, which loops enclose the current node. Only the parts of a loop that
 * run on every iteration count as "inside" it: a loop in an iterable or an initializer runs once, so it is not
 * nested. The language modules (python-loops, typescript-loops) decide what a loop is and which of its parts
 * repeat; this only counts.
 */
export declare class LoopNesting {
    /** One list of active loops per function or class being walked: a body defined in a loop runs when called. */
    private readonly scopes;
    enterScope(): void;
    exitScope(): void;
    /** Registers a loop starting at `start`; returns its nesting, or undefined when it is an outermost loop. */
    enterLoop(start: number, runsEveryIteration: readonly OffsetRange[]): Nesting | undefined;
    /** Start offset of the innermost loop of the current scope that runs `offset` on every iteration, if any. */
    innermostLoopRepeating(offset: number): number | undefined;
    exitLoop(): void;
    /** Active loops are entered outermost first, so the ones holding `offset` come out in nesting order. */
    private loopsRepeating;
    private currentScope;
}
