/** ESM throughout: the runtime dependencies (@actions/core, web-tree-sitter) are ESM-only. */
export default {
  // Jest's node environment, with one TypeScript compiler per worker rather than one per suite (see there).
  testEnvironment: '<rootDir>/__tests__/helpers/test-environment.mjs',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^typescript$': '<rootDir>/__tests__/helpers/typescript-per-worker.cjs' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: one worker on a 2-core machine, so the suites ran one after
  // another. Three on 2 cores, because many suites mostly wait (the built action spaces its GitHub writes a second
  // apart, servers start, rollouts time out) and a waiting worker leaves its core idle: a mixed set of suites took
  // 102 s with two workers, 65 s with three, 72 s with four, for the same CPU. The suites are safe side by side (each
  // starts its own servers on free loopback ports, in its own temp folders; the shared build takes a lock; PGlite's
  // shared data-directory cache and PostgreSQL's initdb templates are written to a temporary name and renamed).
  maxWorkers: 3,
  // One bundle build per run, shared by the suites that need one (helpers/shared-build.ts).
  globalSetup: '<rootDir>/__tests__/helpers/global-setup.mjs',
  // A fresh clone (every CI run) has no suite durations: start the integration suites first (see there).
  testSequencer: '<rootDir>/__tests__/helpers/test-sequencer.mjs',
  globalTeardown: '<rootDir>/__tests__/helpers/global-teardown.mjs',
};
