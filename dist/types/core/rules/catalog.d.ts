import { type AnalyzerMetas } from '../analyzers.js';
import { type Assert, type RuleIdsAreUnique } from './registry.js';
import type { RuleDescriptor } from './rule.js';
/**
 * A rule id is unique across the whole program, or this does not compile: within a family the registry's object
 * literal refuses a second key, and this refuses an id that two families or two analyzers both file. The error
 * names the id.
 */
export type CatalogIdsAreUnique = Assert<RuleIdsAreUnique<AnalyzerMetas>>;
/**
 * Every rule of every analyzer, metadata only, built from each analyzer's meta.ts: importing it loads no parser,
 * database or cluster client. The config schema, SARIF and the docs tables read it; the order is the analyzers',
 * then each analyzer's families', then each family's.
 */
export declare const RULE_CATALOG: readonly RuleDescriptor[];
/** The rules as the SARIF renderer describes them. */
export declare function describeRules(): RuleDescriptor[];
