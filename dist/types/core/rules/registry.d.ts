import type { AnyRule } from './rule.js';
/** One family's rules, keyed by rule id, in the order the catalog, the config schema and SARIF list them. */
export type RuleRegistry = Readonly<Record<string, AnyRule>>;
/**
 * Rules keyed by their id, written as one object literal: a key written twice does not compile (TS1117), and neither
 * does a key that is not its rule's `meta.id`.
 */
export declare function ruleRegistry<const Rules extends RuleRegistry>(rules: Rules & {
    readonly [Id in keyof Rules]: {
        readonly meta: {
            readonly id: Id;
        };
    };
}): Rules;
/** The rules of a registry, in its order. */
export declare function rulesOf<Registry extends RuleRegistry>(registry: Registry): Registry[keyof Registry][];
/** The ids that appear in more than one of the groups (each group being a union of ids); never when none do. */
export type SharedIds<Groups extends Record<PropertyKey, PropertyKey>> = {
    [Group in keyof Groups]: Groups[Group] & Groups[Exclude<keyof Groups, Group>];
}[keyof Groups];
type FamilyIds<Meta extends {
    families: Record<string, RuleRegistry>;
}> = {
    [Family in keyof Meta['families']]: keyof Meta['families'][Family];
};
type AllIds<Meta extends {
    families: Record<string, RuleRegistry>;
}> = FamilyIds<Meta>[keyof Meta['families']];
/**
 * `true` when no rule id is filed twice: not by two analyzers, not by two families of one analyzer (a registry's
 * object literal already refuses a key written twice). Otherwise a type naming the id, so that
 * `Assert<RuleIdsAreUnique<…>>` fails to compile with the duplicate in the message.
 */
export type RuleIdsAreUnique<Metas extends Record<string, {
    families: Record<string, RuleRegistry>;
}>> = NoneOf<SharedIds<{
    [Analyzer in keyof Metas]: AllIds<Metas[Analyzer]>;
}> | {
    [Analyzer in keyof Metas]: SharedIds<FamilyIds<Metas[Analyzer]>>;
}[keyof Metas]>;
type NoneOf<Ids> = [Ids] extends [never] ? true : {
    'rule id filed in two places': Ids;
};
/** Compiles only when `Condition` is `true`. */
export type Assert<Condition extends true> = Condition;
export {};
