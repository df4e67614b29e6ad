import type { RuleDescriptor } from '../render/sarif.js';
/** The review's own rules as the SARIF renderer describes them (the catalog describes every analyzer's). */
export declare function describeReviewRules(): RuleDescriptor[];
