import type { AnalyzerName, Category, Severity } from '../finding.js';
/** A JSON Schema fragment: one rule option, or one config-file setting an analyzer reads. */
export type OptionSchema = Readonly<Record<string, unknown>>;
/**
 * What every rule of every analyzer says about itself. The catalog, the config schema, SARIF and the docs tables
 * read only this, so none of them loads a parser, a database or a cluster client.
 */
export interface RuleMeta<Id extends string = string> {
    /** Kebab-case; the rule's file, test file and docs page are named after it. */
    readonly id: Id;
    readonly category: Category;
    /** Default severity; the config may change it or turn the rule off. A rule may grade a finding higher itself. */
    readonly severity: Severity;
    /** One sentence: what the rule reports. Shown in SARIF and the config schema. */
    readonly description: string;
    /** The docs tables' "reports" cell (markdown) when it says more than the description: thresholds, exemptions. */
    readonly summary?: string;
    /** Option name (kebab-case, as written in the config file) → its schema. */
    readonly options?: Readonly<Record<string, OptionSchema>>;
}
/**
 * A rule: its metadata, the defaults of its options, and the check its analyzer runs. The check is the analyzer's
 * own (visitors per language, a function of a plan, of a manifest, of a followed rollout); the rest is the same for
 * every rule. When the rule has options, `meta.options` describes exactly the keys of `defaultOptions`.
 */
export type Rule<Check extends object = object, Options extends object = object, Id extends string = string> = {
    readonly meta: RuleMeta<Id> & {
        readonly options?: {
            readonly [Name in keyof Options]: OptionSchema;
        };
    };
    readonly defaultOptions: Options;
} & Check;
/** Any rule, of any analyzer, as registries and the catalog hold them. */
export type AnyRule = Rule<object, object, string>;
/**
 * Every rule kind's define helper ends here, so each kind keeps the one shape. The id is kept as its literal type,
 * which lets a registry check that each rule is filed under its own id.
 */
export declare function defineRule<Check extends object, Options extends object, Id extends string>(rule: Rule<Check, Options, Id>): Rule<Check, Options, Id>;
/** Rule kinds without options use this: their rules need not say so, and get empty defaults. */
export declare function defineRuleWithoutOptions<Check extends object, Id extends string>(rule: {
    readonly meta: RuleMeta<Id>;
} & Check): Rule<Check, NoOptions, Id>;
export type NoOptions = Record<string, never>;
/** What the catalog knows of a rule: its metadata, the analyzer that reports it and the family it belongs to. */
export interface RuleDescriptor extends RuleMeta {
    readonly analyzer: AnalyzerName;
    /** The rule's family within its analyzer (`plan`, `lint`, `verdict`…): the folder under `<analyzer>/rules/`. */
    readonly family: string;
}
