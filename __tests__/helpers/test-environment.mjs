import { appendFileSync, readFileSync } from 'node:fs';
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
    this.suitePath = context.testPath;
    if (config.projectConfig.testEnvironmentOptions.freshTypeScript === true) return;
    Object.defineProperty(this.global, SHARED_TYPESCRIPT, { get: () => (typescript ??= require('typescript')) });
  }

  async setup() {
    this.cpuAtStart = cpuSeconds();
    await super.setup();
  }

  /**
   * With PREDATOR_GUARD_SUITE_CPU=FILE, appends each suite's CPU seconds to FILE: `<own> <children> <suite>`, own
   * being this worker's (all its threads), children the programs the suite ran and waited for (the bundle, git,
   * initdb). Servers that detach, like PostgreSQL, are not counted. On 2 cores the whole run is CPU-bound, so this,
   * not the suite's wall time, says which suites make `npm test` slow.
   */
  async teardown() {
    await super.teardown();
    const file = process.env.PREDATOR_GUARD_SUITE_CPU;
    if (!file) return;
    const now = cpuSeconds();
    appendFileSync(file, `${(now.own - this.cpuAtStart.own).toFixed(2)} ${(now.children - this.cpuAtStart.children).toFixed(2)} ${this.suitePath}\n`);
  }
}

/** This process's CPU time and that of its waited-for children, in seconds (Linux: /proc/self/stat). */
function cpuSeconds() {
  const { user, system } = process.cpuUsage();
  let children = 0;
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // Not Linux: children are not counted.
  }
  return { own: (user + system) / 1e6, children };
}
