import type { Visitor } from '../review-rule.js';

type Handlers<TNode, TKey extends string | number> = NonNullable<Visitor<TNode, TKey>['enter']>;

/** The same handler for several node types. */
export function handlersFor<TKey extends string | number, TNode>(
  keys: readonly TKey[],
  handler: (node: TNode) => void,
): Handlers<TNode, TKey> {
  const handlers: Handlers<TNode, TKey> = {};
  for (const key of keys) handlers[key] = handler;
  return handlers;
}

/**
 * One visitor made of several, for a rule that builds on shared trackers (loops, bindings) which may want the same
 * node types as the rule itself. Enter handlers run in the order given and exit handlers in reverse, so a later
 * visitor sees the earlier ones' state for a node on the way in and before they drop it on the way out.
 */
export function composeVisitors<TNode, TKey extends string | number>(
  ...visitors: readonly Visitor<TNode, TKey>[]
): Visitor<TNode, TKey> {
  const ends = visitors.flatMap((visitor) => (visitor.end ? [visitor.end] : []));
  return {
    enter: mergeHandlers(visitors.map((visitor) => visitor.enter ?? {})),
    exit: mergeHandlers(visitors.map((visitor) => visitor.exit ?? {}).reverse()),
    end: () => {
      for (const end of ends) end();
    },
  };
}

function mergeHandlers<TNode, TKey extends string | number>(maps: readonly Handlers<TNode, TKey>[]): Handlers<TNode, TKey> {
  const byKey = new Map<string, ((node: TNode) => void)[]>();
  for (const map of maps) {
    for (const [key, handler] of Object.entries<((node: TNode) => void) | undefined>(map)) {
      if (handler) byKey.set(key, [...(byKey.get(key) ?? []), handler]);
    }
  }
  // Object keys are strings either way: a SyntaxKind key is read back with Number() by the TypeScript walk.
  const merged: Record<string, (node: TNode) => void> = {};
  for (const [key, handlers] of byKey) {
    merged[key] = (node) => {
      for (const handler of handlers) handler(node);
    };
  }
  return merged as Handlers<TNode, TKey>;
}
