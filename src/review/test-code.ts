import path from 'node:path';
import type { Config, Override, RuleConfig } from '../core/config/config.js';

/**
 * Where the ecosystems' test runners look for tests and their data: pytest (`test_*.py`, `*_test.py`,
 * `conftest.py`), Jest, Vitest and Mocha (`*.test.*`, `*.spec.*`, `__tests__/`), the usual test folders, and the
 * folders test data and mocks live in. Globs against the path inside the reviewed folder; the config's
 * `test-files` replaces the list.
 */
export const DEFAULT_TEST_FILES: readonly string[] = [
  '**/test_*.py',
  '**/*_test.py',
  '**/conftest.py',
  '**/*.test.*',
  '**/*.spec.*',
  '**/tests/**',
  '**/test/**',
  '**/__tests__/**',
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/__mocks__/**',
];

/**
 * Test code loops over small fixed data, awaits in order on purpose, takes fixtures as parameters and swallows or
 * catches broadly to test exactly that: the performance rules and too-many-params are off there, and the exception
 * rules say what they see at `notice`.
 */
export const TEST_CODE_SEVERITIES: Readonly<Record<string, NonNullable<RuleConfig['severity']>>> = {
  'nested-loop': 'off',
  'await-in-loop': 'off',
  'linear-lookup-in-loop': 'off',
  'too-many-params': 'off',
  'empty-catch': 'notice',
  'bare-except': 'notice',
  'broad-exception-caught': 'notice',
};

export type TestCodeMode = 'defaults' | 'review-as-source';

/**
 * The config with test code's defaults placed after the config's `rules` and before its own overrides: raising a
 * rule to `warning` at the top of the config leaves test code alone, and an override for test files still wins.
 * The globs are matched below each reviewed folder: naming a folder inside a test folder on the command
 * line (`review tests/fixtures/app`) reviews it as code, and a file named on its own is never test code.
 */
export function withTestCodeDefaults<C extends Pick<Config, 'root' | 'paths' | 'overrides' | 'settings'>>(config: C): C {
  if (config.settings['test-code'] === 'review-as-source') return config;
  const rules: Record<string, RuleConfig> = {};
  for (const [rule, severity] of Object.entries(TEST_CODE_SEVERITIES)) rules[rule] = { severity };
  const configured = config.settings['test-files'] as string | string[] | undefined;
  const patterns = configured === undefined ? DEFAULT_TEST_FILES : [configured].flat();
  const override: Override = { files: testFileGlobs(config, patterns), rules };
  return { ...config, overrides: [override, ...config.overrides] };
}

/** The patterns below every reviewed folder; a glob path or the repository root takes them as they are. */
function testFileGlobs(config: Pick<Config, 'root' | 'paths'>, patterns: readonly string[]): string[] {
  const bases = new Set(
    config.paths.map((input) => {
      if (/[*?[\]{}()!]/.test(input)) return '';
      return path.relative(config.root, path.resolve(config.root, input)).split(path.sep).join('/');
    }),
  );
  return [...bases].flatMap((base) => patterns.map((pattern) => (base === '' ? pattern : `${escapeGlob(base)}/${pattern.replace(/^\*\*\//, '**/')}`)));
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
