import { createRequire } from 'node:module';
import { TestEnvironment } from 'jest-environment-node';

const require = createRequire(import.meta.url);

/** Where a suite finds the worker's compiler (helpers/typescript-per-worker.cjs reads it). */
export const SHARED_TYPESCRIPT = Symbol.for('predator-guard.tests.shared-typescript');

/** Loaded by the first suite of this worker that imports `typescript`, and kept for the next ones. */
let typescript;

/**
 * Jest's node environment, plus one TypeScript compiler per worker instead of one per suite. Jest gives every suite
 * a fresh module registry, so each suite that reviews TS/JS (or type-checks a snippet) compiled and ran the 9 MB
 * compiler again: about 0.5 s of CPU a suite, a tenth of `npm run test:unit`. The compiler's API keeps no state
 * between calls that a suite could see, so sharing it changes no result, with one exception: a compiler that other
 * suites have warmed up runs optimised code with smaller stack frames and recurses deeper before the call stack
 * overflows. The suites that measure that limit ask for their own compiler with the docblock
 * `@jest-environment-options {"freshTypeScript": true}`.
 */
export default class PredatorGuardEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    if (config.projectConfig.testEnvironmentOptions.freshTypeScript === true) return;
    Object.defineProperty(this.global, SHARED_TYPESCRIPT, { get: () => (typescript ??= require('typescript')) });
  }
}
