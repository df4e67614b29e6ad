import { loadRuleSpecs } from '../helpers/rule-specs.js';

// Every rollout rule's spec (rules/<rule-id>.spec.ts) in one suite: see loadRuleSpecs for why.
await loadRuleSpecs(new URL('./rules/', import.meta.url));
