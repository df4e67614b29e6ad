import type { AnalyzerMeta } from '../core/analyzer.js';
import { staleBaselineEntry } from '../core/rules/hygiene/stale-baseline-entry.js';
import { unusedSuppression } from '../core/rules/hygiene/unused-suppression.js';
import { stringList } from '../core/config/schema-fragments.js';
import { ruleRegistry } from '../core/rules/registry.js';
import { detectLanguage } from './languages/detect-language.js';
import { REVIEW_RUN_STATS_SCHEMA } from './review-run-stats.js';
import { awaitInLoop } from './rules/await-in-loop.js';
import { bareExcept } from './rules/bare-except.js';
import { broadExceptionCaught } from './rules/broad-exception-caught.js';
import { emptyCatch } from './rules/empty-catch.js';
import { fileTooComplex } from './rules/file-too-complex.js';
import { linearLookupInLoop } from './rules/linear-lookup-in-loop.js';
import { nestedLoop } from './rules/nested-loop.js';
import { syntaxError } from './rules/syntax-error.js';
import { tooManyParams } from './rules/too-many-params.js';

/** Every code review rule, alphabetically, one line each. */
export const REVIEW_RULES = ruleRegistry({
  'await-in-loop': awaitInLoop,
  'bare-except': bareExcept,
  'broad-exception-caught': broadExceptionCaught,
  'empty-catch': emptyCatch,
  'file-too-complex': fileTooComplex,
  'linear-lookup-in-loop': linearLookupInLoop,
  'nested-loop': nestedLoop,
  'syntax-error': syntaxError,
  'too-many-params': tooManyParams,
});

/**
 * The hygiene rules belong to the core (every analyzer that reads directives reports unused-suppression, and the
 * baseline is the core's); the review files them, so the catalog and SARIF's review run list them as they always
 * have, in this order.
 */
export const HYGIENE_RULES = ruleRegistry({
  'unused-suppression': unusedSuppression,
  'stale-baseline-entry': staleBaselineEntry,
});

/** What the rest of the program knows of the code review without loading a parser. */
export const reviewMeta = {
  name: 'review',
  families: { code: REVIEW_RULES, hygiene: HYGIENE_RULES },
  settings: {
    'test-code': {
      enum: ['defaults', 'review-as-source'],
      description: 'defaults: test files run the performance rules and too-many-params off and the exception rules at notice; review-as-source: as any other code',
    },
    'test-files': stringList('Globs of test files, replacing the default list (test_*.py, *_test.py, conftest.py, *.test.*, *.spec.*, tests/, test/, __tests__/, fixtures/, __fixtures__/, __mocks__/).'),
  },
  statsSchema: REVIEW_RUN_STATS_SCHEMA,
  readsFile: (file: string) => detectLanguage(file) !== undefined,
} satisfies AnalyzerMeta<'review'>;

export type { ReviewRunStats } from './review-run-stats.js';
export type { SkippedFile } from './files/collect-files.js';
