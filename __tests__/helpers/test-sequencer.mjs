import TestSequencer from '@jest/test-sequencer';

/**
 * Jest runs the suites it has a duration for slowest first, so the long ones do not finish alone at the end with
 * the other workers idle. A fresh clone has no durations (CI always starts from one): jest then orders by file size,
 * and a long integration suite in a small file starts last. So, among the suites without a duration, the
 * *.integration.test.ts suites (servers, PGlite, bundle runs: seconds to tens of seconds each) go before the others
 * (mostly under a second). Failed suites still go first, and suites with a duration keep jest's order.
 */
export default class IntegrationFirstSequencer extends TestSequencer {
  sort(tests) {
    const rank = (test) => {
      if (this.hasFailed(test)) return 0;
      if (test.duration != null) return 3;
      return test.path.endsWith('.integration.test.ts') ? 1 : 2;
    };
    // Array sort is stable: within a rank, jest's own order (size, or duration) stays.
    return super.sort(tests).sort((a, b) => rank(a) - rank(b));
  }
}
