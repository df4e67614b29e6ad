import type { AnyRule } from './review-rule.js';
import { awaitInLoop } from './rules/await-in-loop.js';
import { bareExcept } from './rules/bare-except.js';
import { broadExceptionCaught } from './rules/broad-exception-caught.js';
import { emptyCatch } from './rules/empty-catch.js';
import { linearLookupInLoop } from './rules/linear-lookup-in-loop.js';
import { nestedLoop } from './rules/nested-loop.js';
import { syntaxError } from './rules/syntax-error.js';
import { tooManyParams } from './rules/too-many-params.js';

/** Every review rule, alphabetically. A registry test fails when one lacks its test file or its docs page. */
export const RULES: readonly AnyRule[] = [
  awaitInLoop,
  bareExcept,
  broadExceptionCaught,
  emptyCatch,
  linearLookupInLoop,
  nestedLoop,
  syntaxError,
  tooManyParams,
];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
