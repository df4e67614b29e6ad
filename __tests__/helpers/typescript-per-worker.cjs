/**
 * What `typescript` resolves to in the suites (jest.config.js maps it here): the worker's shared compiler that
 * helpers/test-environment.mjs offers, or, for a suite that asked for a fresh one, the package itself, loaded into
 * the suite's own registry as jest would.
 */
const shared = globalThis[Symbol.for('predator-guard.tests.shared-typescript')];
module.exports = shared ?? require('typescript/lib/typescript.js');
