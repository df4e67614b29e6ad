import type { AnyRule } from '../rule.js';
import { syntaxError } from './syntax-error.js';
import { unusedSuppression } from './unused-suppression.js';

/** Every review rule, alphabetically. A registry test fails when one lacks its test file or its docs page. */
export const RULES: readonly AnyRule[] = [syntaxError, unusedSuppression];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
