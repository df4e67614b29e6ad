import { loadRuleSpecs } from '../helpers/rule-specs.js';

// Every hygiene rule's spec (rules/hygiene/<rule-id>.spec.ts) in one suite: see loadRuleSpecs for why.
await loadRuleSpecs(new URL('./rules/hygiene/', import.meta.url));
