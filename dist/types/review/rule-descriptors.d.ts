import type { RuleDescriptor } from '../render/sarif.js';
/**
 * The review's rules as the SARIF renderer describes them. Only rule metadata is read: the rule modules import
 * nothing but types from the engine, so this loads no parser.
 */
export declare function describeReviewRules(): RuleDescriptor[];
