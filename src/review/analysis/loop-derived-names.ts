import type { Loop } from './loop-nesting.js';

/**
 * Which names hold a loop's current element or something reached from it, per loop: the loop's own bindings (its
 * target, its callback's parameters, its counter), then every name assigned, inside the loop, from a value that
 * reads one of them (`items = order.items`, `with open(path) as fh`). In a `while` loop there is no element, so
 * whatever its body assigns counts (`node = queue.pop()`): that is the item of this pass. Filled during the walk,
 * which meets an assignment before the loops after it.
 */
export class LoopDerivedNames {
  private readonly byLoop = new Map<number, Set<string>>();
  private readonly unbounded = new Set<number>();

  enterLoop(loop: Loop): void {
    this.byLoop.set(loop.start, new Set(loop.source.binds));
    if (loop.source.kind === 'unbounded') this.unbounded.add(loop.start);
  }

  /** An assignment of `targets` from a value reading `reads`, inside the loops starting at `around` (outermost first). */
  assign(around: readonly number[], targets: readonly string[], reads: readonly string[]): void {
    const innermost = around.at(-1);
    if (innermost === undefined || targets.length === 0) return;
    if (!this.unbounded.has(innermost) && !this.readsAny(around, reads)) return;
    const names = this.byLoop.get(innermost);
    for (const target of targets) names?.add(target);
  }

  /** Whether any of `reads` holds the element (or something reached from it) of one of the loops at `around`. */
  readsAny(around: readonly number[], reads: readonly string[]): boolean {
    return around.some((start) => {
      const names = this.byLoop.get(start);
      return names !== undefined && reads.some((name) => names.has(name));
    });
  }
}
