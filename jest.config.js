/** ESM throughout: the runtime dependencies (@actions/core, web-tree-sitter) are ESM-only. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }],
  },
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: one worker on a 2-core machine, so the suites ran one after
  // another. Two workers use both cores; the suites are safe side by side (each starts its own servers on free
  // loopback ports, in its own temp folders; PGlite's shared data-directory cache is written to a temporary name and
  // renamed). More workers than cores only add memory: the CPU-bound suites would share the same two cores.
  maxWorkers: 2,
  // One bundle build per run, shared by the suites that need one (helpers/shared-build.ts).
  globalSetup: '<rootDir>/__tests__/helpers/global-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/helpers/global-teardown.mjs',
};
