import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedBuild } from '../helpers/shared-build.js';

/**
 * scripts/release-check.mjs is what the release workflow runs on a v1.2.3 tag; tags and publishing cannot run here,
 * so the script runs on a copy of the repository made ready for 1.2.3 (its dist/ built from its sources, the
 * version set, the changelog section written), and on copies that are not ready in one way each.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
let scratch: string;
let copy: string;
/** The run's shared fresh build of these sources. */
let built: string;

const NOTES = '### Added\n- A rule that finds slow things.';

function releaseCheck(...args: string[]) {
  return spawnSync(process.execPath, [path.join(copy, 'scripts', 'release-check.mjs'), ...args], { cwd: copy, encoding: 'utf8' });
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-release-'));
  copy = path.join(scratch, 'repository');
  const skip = new Set(['node_modules', '.git', 'dist', 'schema']);
  for (const entry of readdirSync(root).filter((name) => !skip.has(name))) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  // The copy's committed build: the run's shared build of the same sources (the build output carries no paths),
  // so only the release check's own fresh build runs here.
  built = await sharedBuild();
  for (const dir of ['dist', 'schema']) cpSync(path.join(built, dir), path.join(copy, dir), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8'));
  writeFileSync(path.join(copy, 'package.json'), `${JSON.stringify({ ...manifest, version: '1.2.3' }, null, 2)}\n`);
  const changelog = readFileSync(path.join(copy, 'CHANGELOG.md'), 'utf8');
  writeFileSync(path.join(copy, 'CHANGELOG.md'), changelog.replace('## [Unreleased]', `## [Unreleased]\n\n## [1.2.3] - 2026-12-02\n\n${NOTES}\n\n## [1.2.2] - 2026-11-30\n\n- Older.`));
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('passes a ready release, printing and writing its notes from the changelog', () => {
  const notes = path.join(scratch, 'notes.md');
  const result = releaseCheck('v1.2.3', '--notes', notes, '--skip-build');
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain(`Release notes for v1.2.3 (CHANGELOG.md, 2026-12-02):\n\n${NOTES}\n`);
  expect(result.stdout).toMatch(/npm publish --dry-run: predator-guard@1\.2\.3, \d+ files/);
  expect(result.stdout).toContain('✔ v1.2.3 is ready to release.');
  expect(readFileSync(notes, 'utf8')).toBe(`${NOTES}\n`);
  expect(result.status).toBe(0);
}, 120_000);

// The script's comparison runs against the run's shared build (--built): the same `scripts/build.mjs --outdir` of the
// same sources the script runs itself without --built, so the test spends no second build of a minute of CPU.
it('names the one dist/ file that is not what the sources build to', () => {
  const chunk = readdirSync(path.join(copy, 'dist')).find((name) => name.endsWith('.js'))!;
  const original = readFileSync(path.join(copy, 'dist', chunk), 'utf8');
  writeFileSync(path.join(copy, 'dist', chunk), `${original}// edited by hand\n`);
  try {
    const result = releaseCheck('v1.2.3', '--built', built, '--skip-pack');
    expect(result.stderr).toContain(
      `✖ dist/ or schema/ is not what the sources build to: run 'npm run build' and commit the result\n    ${chunk}: differs from a fresh build\n`,
    );
    expect(result.stderr.match(/differs from a fresh build/g)).toHaveLength(1);
    expect(result.status).toBe(1);
  } finally {
    writeFileSync(path.join(copy, 'dist', chunk), original);
  }
}, 300_000);

it('refuses a tag that is not package.json’s version, or that has no changelog section', () => {
  const result = releaseCheck('v1.2.4', '--skip-build', '--skip-pack');
  expect(result.stderr.split('\n').filter(Boolean)).toEqual([
    "✖ the tag v1.2.4 does not match package.json's version 1.2.3: set \"version\": \"1.2.4\", rebuild and commit, then tag that commit",
    '✖ CHANGELOG.md has no "## [1.2.4] - YYYY-MM-DD" section: move the Unreleased entries under it',
  ]);
  expect(result.status).toBe(1);
});

it('exits 2 on a tag that is not vMAJOR.MINOR.PATCH', () => {
  const result = releaseCheck('1.2');
  expect(result.stderr).toBe('usage: node scripts/release-check.mjs vMAJOR.MINOR.PATCH [--notes FILE] [--skip-build | --built DIR] [--skip-pack]\n  got: 1.2\n');
  expect(result.status).toBe(2);
});
