// The ESLint side of the benchmark: the two checks predator-guard's TypeScript review shares with ESLint, and
// nothing else, so both tools do comparable work. Passed with `--config`; bench/run.mjs adds `--no-config-lookup`
// so no other eslint.config.* can apply, and never passes `--cache` (ESLint's cache is off by default).
import tsParser from '@typescript-eslint/parser';
import tsPlugin from '@typescript-eslint/eslint-plugin';

export default [
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    // No parserOptions.project: a syntax-only parse, like predator-guard's (no type information).
    languageOptions: { parser: tsParser },
    plugins: { '@typescript-eslint': tsPlugin },
    // Only this file's rules apply: comments in the corpus cannot turn rules on or off.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
    rules: {
      // predator-guard's too-many-params reports more than 7 parameters by default.
      '@typescript-eslint/max-params': ['warn', { max: 7 }],
      // Core no-empty has no option to look at catch blocks only (it checks every empty block), so an empty catch
      // block is matched with a selector instead; this is predator-guard's empty-catch rule.
      'no-restricted-syntax': [
        'warn',
        { selector: 'CatchClause > BlockStatement[body.length=0]', message: 'Empty catch block.' },
      ],
    },
  },
];
