/**
 * The suites' order on a fresh clone (helpers/test-sequencer.mjs): with no durations known, the integration suites
 * first, each group largest file first; a failed suite before everything, suites with a duration after the new ones.
 */
interface FakeTest {
  path: string;
  context: { config: { cache: boolean }; hasteFS: { getSize(path: string): number } };
}
interface Sequencer {
  sort(tests: FakeTest[]): FakeTest[];
  _cache: Map<unknown, Record<string, [number, number]>>;
}

// A path in a variable: the module is plain JavaScript that jest loads by itself, with no type declarations.
const sequencerModule = '../helpers/test-sequencer.mjs';
const sizes: Record<string, number> = { 'tiny.test.ts': 10, 'big-unit.test.ts': 9000, 'small.integration.test.ts': 100, 'mid.integration.test.ts': 500 };
const context = { config: { cache: false }, hasteFS: { getSize: (path: string) => sizes[path] } };
const tests = () => Object.keys(sizes).map((path) => ({ path, context }));

async function sequencer(): Promise<Sequencer> {
  const { default: IntegrationFirstSequencer } = (await import(sequencerModule)) as { default: new (options: unknown) => Sequencer };
  return new IntegrationFirstSequencer({});
}

it('runs the integration suites first when no suite has a duration, as on a fresh clone', async () => {
  expect((await sequencer()).sort(tests()).map((test) => test.path)).toEqual(['mid.integration.test.ts', 'small.integration.test.ts', 'big-unit.test.ts', 'tiny.test.ts']);
});

it('still runs a failed suite first and a suite it has timed after the new ones', async () => {
  const timed = await sequencer();
  // jest's own record of the last run: [0 failed | 1 passed, seconds].
  timed._cache.set(context, { 'tiny.test.ts': [0, 0.2], 'mid.integration.test.ts': [1, 40] });
  expect(timed.sort(tests()).map((test) => test.path)).toEqual(['tiny.test.ts', 'small.integration.test.ts', 'big-unit.test.ts', 'mid.integration.test.ts']);
});
