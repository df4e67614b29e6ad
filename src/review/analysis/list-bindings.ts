/** One function, class or module scope: for each name it binds, whether every binding seen so far is a list. */
export interface BindingScope {
  readonly parent: BindingScope | undefined;
  /** Python class bodies are skipped when a nested function resolves a name; every other scope is seen through. */
  readonly visibleToNested: boolean;
  readonly allBindingsAreLists: Map<string, boolean>;
}

/**
 * A scope-aware table of which names hold lists (arrays), filled during the walk and read after it, so that a
 * binding written after a use still counts: it is the same variable. A name holds a list only when at least one
 * binding makes it one and none makes it anything else; a name bound nowhere (a global, a builtin) does not.
 */
export class ListBindings {
  private current: BindingScope = { parent: undefined, visibleToNested: true, allBindingsAreLists: new Map() };

  /** The scope being walked; keep it to resolve a name once the whole file has been walked. */
  get scope(): BindingScope {
    return this.current;
  }

  enterScope(visibleToNested = true): void {
    this.current = { parent: this.current, visibleToNested, allBindingsAreLists: new Map() };
  }

  exitScope(): void {
    this.current = this.current.parent ?? this.current;
  }

  bind(name: string, isList: boolean): void {
    const bindings = this.current.allBindingsAreLists;
    bindings.set(name, (bindings.get(name) ?? true) && isList);
  }

  /** Resolves `name` as used in `scope`: the innermost scope binding it decides. */
  holdsList(scope: BindingScope, name: string): boolean {
    for (let candidate: BindingScope | undefined = scope; candidate; candidate = candidate.parent) {
      if (candidate !== scope && !candidate.visibleToNested) continue;
      const allLists = candidate.allBindingsAreLists.get(name);
      if (allLists !== undefined) return allLists;
    }
    return false;
  }
}
