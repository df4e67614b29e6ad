import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnEnv } from '../helpers/spawn-env.js';

/**
 * The README's Quick start is what a new user runs first: each command it shows is run here from a checkout with the
 * built dist/, and its output must be exactly the text the README prints under it. Rebuild dist/ with
 * `node scripts/build.mjs` after changing src/.
 */
const repository = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(path.join(repository, 'README.md'), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));

/** Each ```sh block's last command (the first block starts with the clone) paired with the ```text block after it. */
function examples(): [command: string, output: string][] {
  const blocks = [...quickStart.matchAll(/```(sh|text)\n([\s\S]*?)```/g)].map((match) => ({ kind: match[1], body: match[2] }));
  return blocks.flatMap((block, index) => {
    const next = blocks[index + 1];
    if (block.kind !== 'sh' || next?.kind !== 'text') return [];
    const command = block.body.trim().split('\n').at(-1) ?? '';
    return [[command, next.body] as [string, string]];
  });
}

let cache: string;
beforeAll(() => {
  cache = mkdtempSync(path.join(tmpdir(), 'predator-guard-quick-start-'));
});
afterAll(() => rmSync(cache, { recursive: true, force: true }));

it('shows two examples, the review and the query-plan audit', () => {
  expect(examples().map(([command]) => command)).toEqual([
    'node dist/cli.js review __tests__/fixtures/sample-project',
    'cd __tests__/fixtures/shop-queries && node ../../../dist/cli.js queries',
  ]);
});

it.each(examples())('`%s` prints what the README shows', (command, output) => {
  const nodeDirectory = path.dirname(execFileSync(process.execPath, ['-p', 'process.execPath'], { encoding: 'utf8' }).trim());
  const result = spawnSync('sh', ['-c', command], {
    cwd: repository,
    // The run's PGlite data-directory cache, when there is one: what the README shows is stdout, which is the same
    // from a fresh start (the cache's own suites cover that) and costs an initdb in the wasm less.
    env: spawnEnv({ PATH: `${nodeDirectory}:${process.env.PATH}`, HOME: cache, PREDATOR_GUARD_CACHE_DIR: process.env.PREDATOR_GUARD_CACHE_DIR ?? cache }),
    encoding: 'utf8',
  });
  expect(result.stdout).toBe(output);
}, 120_000);
