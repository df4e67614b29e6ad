import type { AnyRule } from '../rule.js';
/** Every review rule, alphabetically. A registry test fails when one lacks its test file or its docs page. */
export declare const RULES: readonly AnyRule[];
export declare const RULES_BY_ID: ReadonlyMap<string, AnyRule>;
