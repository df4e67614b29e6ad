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
  /** Start offsets of every loop around it in the current scope, outermost first. */
  enclosingStarts: readonly number[];
}

/**
 * What a loop goes over, as far as the syntax tells. `each`: the items of an iterable (a `for…of`, a Python `for`, an
 * iteration call's receiver). `counted`: a counter up to a bound (`range(…)`, a C-style `for`); `text` and `reads`
 * are those of the bound. `unbounded`: a `while` or `do…while`, whose number of passes the syntax does not tell.
 */
export interface LoopSource {
  kind: 'each' | 'counted' | 'unbounded';
  /** The iterable, the bound or the condition as written. */
  text: string;
  /** Every name the iterable, bound or condition reads (not property names, not keyword-argument names). */
  reads: readonly string[];
  /** The names the loop binds afresh on every iteration: its target, its callback's parameters, its counter. */
  binds: readonly string[];
  /** The iterable is a display written out in place with 1 to 8 items and no unpacking: a fixed number of passes. */
  fixed?: boolean;
  /**
   * A loop that follows links: each pass moves a name its condition reads along a property of itself
   * (`node = node.parent`, `p = p.next`). It makes as many passes as the chain is long, however much data there is.
   */
  walksChain?: boolean;
}

/** A loop as a language module describes it: where it is, and which parts of it run on every iteration. */
export interface Loop {
  /** Where findings about the loop start: its keyword (`async` for `async for`), or an iteration call's method name. */
  start: number;
  end: number;
  runsEveryIteration: readonly OffsetRange[];
  /** `for await` and `async for` wait for each step by design, so waiting inside them adds no delay of its own. */
  awaitsEachStep: boolean;
  source: LoopSource;
}

/** Told about each loop as the walk enters it, with its nesting (undefined for an outermost loop). */
export type LoopListener = (loop: Loop, nesting: Nesting | undefined) => void;

interface ActiveLoop {
  start: number;
  runsEveryIteration: readonly OffsetRange[];
}

/**
 * Tracks, during the engine's single walk, which loops enclose the current node. Only the parts of a loop that
 * run on every iteration count as "inside" it: a loop in an iterable or an initializer runs once, so it is not
 * nested. The language modules (python-loops, typescript-loops) decide what a loop is and which of its parts
 * repeat; this only counts.
 */
export class LoopNesting {
  /** One list of active loops per function or class being walked: a body defined in a loop runs when called. */
  private readonly scopes: ActiveLoop[][] = [[]];

  enterScope(): void {
    this.scopes.push([]);
  }

  exitScope(): void {
    this.scopes.pop();
  }

  /** Registers a loop starting at `start`; returns its nesting, or undefined when it is an outermost loop. */
  enterLoop(start: number, runsEveryIteration: readonly OffsetRange[]): Nesting | undefined {
    const enclosing = this.loopsRepeating(start);
    this.currentScope().push({ start, runsEveryIteration });
    if (enclosing.length === 0) return undefined;
    const enclosingStarts = enclosing.map((loop) => loop.start);
    return { depth: enclosing.length + 1, outerStart: enclosingStarts[enclosingStarts.length - 1], enclosingStarts };
  }

  /** Start offsets of the loops of the current scope that run `offset` on every iteration, outermost first. */
  loopsAround(offset: number): number[] {
    return this.loopsRepeating(offset).map((loop) => loop.start);
  }

  /** Start offset of the innermost loop of the current scope that runs `offset` on every iteration, if any. */
  innermostLoopRepeating(offset: number): number | undefined {
    return this.loopsRepeating(offset).at(-1)?.start;
  }

  exitLoop(): void {
    this.currentScope().pop();
  }

  /** Active loops are entered outermost first, so the ones holding `offset` come out in nesting order. */
  private loopsRepeating(offset: number): ActiveLoop[] {
    return this.currentScope().filter((loop) => loop.runsEveryIteration.some((range) => range.start <= offset && offset < range.end));
  }

  private currentScope(): ActiveLoop[] {
    return this.scopes[this.scopes.length - 1];
  }
}
