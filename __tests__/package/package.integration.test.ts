import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedBuild } from '../helpers/shared-build.js';

/**
 * The npm package as a user gets it: the sources are built into a scratch folder (the committed dist/ is left
 * alone), packed with npm's own `npm pack`, and installed into an empty project. It must install alone (no
 * dependencies, no install scripts), its one .d.ts must type-check in a consumer with skipLibCheck off and no other
 * package installed, and the docs' library example must run as printed.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
let scratch: string;
let project: string;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-package-'));
  const pkg = path.join(scratch, 'package');
  const built = await sharedBuild();
  cpSync(path.join(built, 'dist'), path.join(pkg, 'dist'), { recursive: true });
  cpSync(path.join(built, 'schema'), path.join(pkg, 'schema'), { recursive: true });
  for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'action.yml']) cpSync(path.join(root, file), path.join(pkg, file));
  cpSync(path.join(root, 'docs'), path.join(pkg, 'docs'), { recursive: true });
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', scratch], { cwd: pkg, stdio: 'pipe' });
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'))!;
  project = path.join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', path.join(scratch, tarball)], { cwd: project, stdio: 'pipe' });
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('installs alone: no dependencies, no install scripts', () => {
  expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['predator-guard']);
  const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules', 'predator-guard', 'package.json'), 'utf8'));
  expect(manifest.dependencies).toBeUndefined();
  expect(Object.keys(manifest.scripts ?? {}).filter((name) => /install|prepare/.test(name))).toEqual([]);
  expect(manifest.types).toBe('./dist/index.d.ts');
});

it('has one .d.ts that type-checks in a consumer with skipLibCheck off', () => {
  const types = readFileSync(path.join(project, 'node_modules', 'predator-guard', 'dist', 'index.d.ts'), 'utf8');
  expect(types.match(/^import .*$|from ['"][^'"]+['"]|\/\/\/ <reference .*$/gm)).toBeNull();
  writeFileSync(
    path.join(project, 'consumer.ts'),
    [
      "import { analyze, defaultConfig, mergeConfig, renderReport, type Deps, type Finding, type Report } from 'predator-guard';",
      '// The clients are described by local interfaces: any object with these calls is accepted.',
      'const pgClient: Deps["pgClient"] = { host: "localhost", port: 5432, query: async () => ({ rows: [] }), end: async () => {} };',
      "const config = mergeConfig(defaultConfig('.'), { paths: ['src'] });",
      'const report: Report = await analyze(config, { pgClient, log: (line: string) => line.length });',
      'const first: Finding | undefined = report.findings[0];',
      "export const text: string = renderReport(report, 'markdown') + String(first?.line);",
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: false, noEmit: true, types: [] },
      files: ['consumer.ts'],
    }),
  );
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 120_000);

it('runs the library example of docs/library.md as printed', () => {
  const [example] = [...readFileSync(path.join(root, 'docs', 'library.md'), 'utf8').matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]);
  cpSync(path.join(root, '__tests__', 'fixtures', 'sample-project'), path.join(project, 'sample'), { recursive: true });
  mkdirSync(path.join(project, 'sample', 'src'));
  cpSync(path.join(project, 'sample', 'app', 'orders.py'), path.join(project, 'sample', 'src', 'orders.py'));
  writeFileSync(path.join(project, 'example.mjs'), example);
  const result = spawnSync(process.execPath, [path.join(project, 'example.mjs')], { cwd: path.join(project, 'sample'), encoding: 'utf8' });
  expect(result.stderr).toBe('');
  // max-params 5 in the example: create_order's 8 parameters are reported, as a warning, so the gate passes.
  expect(result.stdout).toContain('Function \'create\\_order\' has 8 parameters (max 5).');
  expect(result.status).toBe(0);
});

it('runs the CLI from node_modules/.bin', () => {
  const result = spawnSync(path.join(project, 'node_modules', '.bin', 'predator-guard'), ['review', 'sample/app'], { cwd: project, encoding: 'utf8' });
  expect(result.stdout).toContain('sample/app/orders.py:22:1');
  expect(result.status).toBe(0);
});
