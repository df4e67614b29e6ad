import type { AnyRule } from '../rule.js';
import { awaitInLoop } from './await-in-loop.js';
import { bareExcept } from './bare-except.js';
import { broadExceptionCaught } from './broad-exception-caught.js';
import { emptyCatch } from './empty-catch.js';
import { linearLookupInLoop } from './linear-lookup-in-loop.js';
import { nestedLoop } from './nested-loop.js';
import { syntaxError } from './syntax-error.js';
import { tooManyParams } from './too-many-params.js';

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
