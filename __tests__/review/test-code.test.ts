import { analyze } from '../../src/core/analyze.js';
import { defaultConfig, mergeConfig, type ConfigLayer } from '../../src/core/config/config.js';
import { DEFAULT_TEST_FILES, withTestCodeDefaults } from '../../src/review/test-code.js';
import { makeTree } from '../helpers/temp-tree.js';

/** One file that trips every rule test code has defaults for, and a syntax error kept out of it. */
const EVERYTHING = [
  'def check(a, b, c, d, e, f, g, h):',
  '    for x in a:',
  '        for y in b:',
  '            if x in [*y, c, d]:',
  '                pass',
  '    try:',
  '        run()',
  '    except:',
  '        pass',
  '    try:',
  '        run()',
  '    except Exception:',
  '        fallback()',
  '',
  'async def load(ids):',
  '    for i in ids:',
  '        await fetch(i)',
  '',
].join('\n');

async function findingsOf(entries: Record<string, string>, layer: ConfigLayer = {}): Promise<string[]> {
  const tree = makeTree(entries);
  try {
    const report = await analyze(mergeConfig(defaultConfig(tree.root), layer));
    return report.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}`);
  } finally {
    tree.cleanup();
  }
}

const AS_SOURCE = (file: string) => [
  `${file}:1 warning too-many-params`,
  `${file}:3 notice nested-loop`,
  `${file}:4 notice linear-lookup-in-loop`,
  `${file}:8 notice bare-except`,
  `${file}:8 notice empty-catch`,
  `${file}:12 notice broad-exception-caught`,
  `${file}:17 notice await-in-loop`,
];

const AS_TEST = (file: string) => [
  `${file}:8 notice bare-except`,
  `${file}:8 notice empty-catch`,
  `${file}:12 notice broad-exception-caught`,
];

describe('test code defaults', () => {
  it('turns the performance rules and too-many-params off in test files, and the exception rules down to notice', async () => {
    const files = ['app/orders.py', 'test_orders.py', 'pkg/orders_test.py', 'conftest.py', 'tests/helpers.py', 'pkg/test/x.py', 'fixtures/data.py'];
    const findings = await findingsOf(Object.fromEntries(files.map((file) => [file, EVERYTHING])));
    const expected = files.flatMap((file) => (file === 'app/orders.py' ? AS_SOURCE(file) : AS_TEST(file)));
    expect(findings.sort()).toEqual(expected.sort());
  });

  it('treats *.test.*, *.spec.* and __tests__/, __mocks__/, __fixtures__/ files as tests in TypeScript', async () => {
    const code = 'export function f(a, b, c, d, e, f, g, h) {\n  try { run(); } catch {}\n}\n';
    const files = ['src/a.ts', 'src/a.test.ts', 'src/a.spec.js', 'src/__tests__/b.ts', 'src/__mocks__/c.ts', 'src/__fixtures__/d.ts'];
    const findings = await findingsOf(Object.fromEntries(files.map((file) => [file, code])));
    expect(findings.sort()).toEqual(
      ['src/a.ts:1 warning too-many-params', 'src/a.ts:2 notice empty-catch', ...files.slice(1).map((file) => `${file}:2 notice empty-catch`)].sort(),
    );
  });

  it('reviews test files as source with test-code: review-as-source', async () => {
    const findings = await findingsOf({ 'tests/test_orders.py': EVERYTHING }, { settings: { 'test-code': 'review-as-source' } });
    expect(findings.sort()).toEqual(AS_SOURCE('tests/test_orders.py').sort());
  });

  it('replaces the list with test-files', async () => {
    const findings = await findingsOf({ 'tests/helpers.py': EVERYTHING, 'spec/orders.py': EVERYTHING }, { settings: { 'test-files': ['spec/**'] } });
    expect(findings.sort()).toEqual([...AS_SOURCE('tests/helpers.py'), ...AS_TEST('spec/orders.py')].sort());
  });

  it('applies over a severity the config sets for a rule, and lets an override for test files win', async () => {
    const findings = await findingsOf(
      { 'tests/test_orders.py': EVERYTHING, 'app/orders.py': EVERYTHING },
      {
        rules: { 'nested-loop': { severity: 'error' } },
        overrides: [{ files: ['tests/**'], rules: { 'await-in-loop': { severity: 'warning' } } }],
      },
    );
    expect(findings.sort()).toEqual(
      [
        ...AS_TEST('tests/test_orders.py'),
        'tests/test_orders.py:17 warning await-in-loop',
        ...AS_SOURCE('app/orders.py').map((line) => line.replace('notice nested-loop', 'error nested-loop')),
      ].sort(),
    );
  });

  it('matches below the reviewed folder: a folder named inside a test folder, or a file named alone, is reviewed as code', async () => {
    const tree = makeTree({ 'tests/fixtures/app/orders.py': EVERYTHING, 'tests/test_a.py': EVERYTHING, 'tests/fixtures/app/test_b.py': EVERYTHING });
    try {
      const folder = await analyze(mergeConfig(defaultConfig(tree.root), { paths: ['tests/fixtures/app'] }));
      expect(folder.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}`).sort()).toEqual(
        [...AS_SOURCE('tests/fixtures/app/orders.py'), ...AS_TEST('tests/fixtures/app/test_b.py')].sort(),
      );
      const file = await analyze(mergeConfig(defaultConfig(tree.root), { paths: ['tests/test_a.py'] }));
      expect(file.findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}`).sort()).toEqual(AS_SOURCE('tests/test_a.py').sort());
    } finally {
      tree.cleanup();
    }
  });

  it('puts its override first, with the default list', () => {
    const config = { ...defaultConfig('/repo'), overrides: [{ files: ['x/**'], rules: {} as Record<string, { severity?: 'off' }> }] };
    const { overrides } = withTestCodeDefaults(config);
    expect(overrides.map((override) => override.files)).toEqual([DEFAULT_TEST_FILES, ['x/**']]);
    expect(overrides[0].rules['nested-loop']).toEqual({ severity: 'off' });
  });
});
