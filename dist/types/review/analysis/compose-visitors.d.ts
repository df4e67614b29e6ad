import type { Visitor } from '../review-rule.js';
type Handlers<TNode, TKey extends string | number> = NonNullable<Visitor<TNode, TKey>['enter']>;
/** The same handler for several node types. */
export declare function handlersFor<TKey extends string | number, TNode>(keys: readonly TKey[], handler: (node: TNode) => void): Handlers<TNode, TKey>;
/**
 * One visitor made of several, for a rule that builds on shared trackers (loops, bindings) which may want the same
 * node types as the rule itself. Enter handlers run in the order given and exit handlers in reverse, so a later
 * visitor sees the earlier ones' state for a node on the way in and before they drop it on the way out.
 */
export declare function composeVisitors<TNode, TKey extends string | number>(...visitors: readonly Visitor<TNode, TKey>[]): Visitor<TNode, TKey>;
export {};
