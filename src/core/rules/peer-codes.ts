/**
 * Peer linters' rule codes that mean what one of our rules means. A team that already silenced a peer's rule on a
 * line ("this bare except is fine") has said the same about ours; a code not listed here suppresses nothing of ours.
 * docs/suppressions-and-baseline.md prints this table; a test keeps the two equal.
 *
 * Keys are written as the peer writes them: flake8/ruff codes upper-case, pylint's ids and symbolic names, ESLint's
 * rule names (a plugin prefix such as `@typescript-eslint/` is part of the name where the plugin has its own rule).
 */
export const PEER_CODES: Readonly<Record<string, { tools: string; rules: readonly string[] }>> = {
  // bare-except
  E722: { tools: 'flake8 (pycodestyle), ruff', rules: ['bare-except'] },
  B001: { tools: 'flake8-bugbear', rules: ['bare-except'] },
  W0702: { tools: 'pylint', rules: ['bare-except'] },
  'bare-except': { tools: 'pylint', rules: ['bare-except'] },
  // broad-exception-caught
  BLE001: { tools: 'ruff, flake8-blind-except', rules: ['broad-exception-caught'] },
  W0718: { tools: 'pylint', rules: ['broad-exception-caught'] },
  W0703: { tools: 'pylint (before 2.16)', rules: ['broad-exception-caught'] },
  'broad-exception-caught': { tools: 'pylint', rules: ['broad-exception-caught'] },
  'broad-except': { tools: 'pylint (before 2.16)', rules: ['broad-exception-caught'] },
  // empty-catch
  S110: { tools: 'ruff, flake8-bandit', rules: ['empty-catch'] },
  SIM105: { tools: 'ruff, flake8-simplify', rules: ['empty-catch'] },
  'no-empty': { tools: 'ESLint, oxlint', rules: ['empty-catch'] },
  // too-many-params
  R0913: { tools: 'pylint', rules: ['too-many-params'] },
  PLR0913: { tools: 'ruff', rules: ['too-many-params'] },
  'too-many-arguments': { tools: 'pylint', rules: ['too-many-params'] },
  R0917: { tools: 'pylint', rules: ['too-many-params'] },
  PLR0917: { tools: 'ruff', rules: ['too-many-params'] },
  'too-many-positional-arguments': { tools: 'pylint', rules: ['too-many-params'] },
  'max-params': { tools: 'ESLint, oxlint', rules: ['too-many-params'] },
  '@typescript-eslint/max-params': { tools: 'typescript-eslint', rules: ['too-many-params'] },
  // await-in-loop
  'no-await-in-loop': { tools: 'ESLint, oxlint', rules: ['await-in-loop'] },
  // linear-lookup-in-loop
  'unicorn/prefer-set-has': { tools: 'eslint-plugin-unicorn', rules: ['linear-lookup-in-loop'] },
};

/** The peer's rule `all` (pylint's `disable=all`) suppresses every rule, as a bare `# noqa` does. */
export const ALL_RULES = '*';

/**
 * Our rules a peer code names, or none. ESLint rules are matched by name, so `@typescript-eslint/no-empty` is not
 * `no-empty` unless listed; flake8/ruff codes are matched case-insensitively, as both tools do.
 */
export function rulesOfPeerCode(code: string): readonly string[] {
  if (code === 'all') return [ALL_RULES];
  return PEER_CODES[code]?.rules ?? PEER_CODES[code.toUpperCase()]?.rules ?? [];
}
