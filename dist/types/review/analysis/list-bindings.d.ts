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
export declare class ListBindings {
    private current;
    /** The scope being walked; keep it to resolve a name once the whole file has been walked. */
    get scope(): BindingScope;
    enterScope(visibleToNested?: boolean): void;
    exitScope(): void;
    bind(name: string, isList: boolean): void;
    /** Resolves `name` as used in `scope`: the innermost scope binding it decides. */
    holdsList(scope: BindingScope, name: string): boolean;
}
