import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';
import { makeTree } from '../helpers/temp-tree.js';

const sample = fileURLToPath(new URL('../fixtures/sample-project', import.meta.url));

async function cli(argv: string[], cwd = sample): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    colorByDefault: false,
  });
  return { code, stdout, stderr };
}

describe('predator-guard review', () => {
  it('prints the report as JSON in the contract shape, and exits 1 on a syntax error by default', async () => {
    const { code, stdout, stderr } = await cli(['review', '.', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(Object.keys(report)).toEqual(['tool', 'findings', 'runs', 'gate']);
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}`)).toEqual([
      'app/orders.py:8:9 notice nested-loop',
      'app/orders.py:18:5 notice bare-except',
      'app/orders.py:22:1 warning too-many-params',
      'app/orders.py:29:5 notice empty-catch',
      'web/broken.ts:1:34 error syntax-error',
      'web/handlers.ts:8:44 notice nested-loop',
      'web/handlers.ts:14:5 notice empty-catch',
    ]);
    expect(report.gate).toEqual({
      failOn: 'error',
      passed: false,
      counts: { error: 1, warning: 1, notice: 5 },
      reason: "1 finding at or above 'error'",
    });
    expect(report.runs[0]).toMatchObject({ analyzer: 'review', status: 'ok', stats: { files: 3, languages: { python: 1, typescript: 2 } } });
  });

  it('passes with --fail-on never, fails on the one warning with --fail-on warning, and on notices with --fail-on notice', async () => {
    expect((await cli(['review', 'app', '--fail-on', 'never'])).code).toBe(0);
    expect((await cli(['review', 'app'])).code).toBe(0);
    const warning = await cli(['review', 'app', '--fail-on', 'warning']);
    expect(warning.code).toBe(1);
    expect(warning.stdout).toContain("gate failed: 1 finding at or above 'warning'");
    const strict = await cli(['review', 'app', '--fail-on', 'notice']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("gate failed: 4 findings at or above 'notice'");
  });

  it('exits 2 with a message naming the problem for usage errors', async () => {
    expect(await cli(['review', '--fail-on', 'sometimes'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "predator-guard: --fail-on: got 'sometimes'; expected one of error, warning, notice, never.\n",
    });
    expect(await cli(['reveiw'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "predator-guard: Unknown command 'reveiw'. Did you mean 'review'? Expected one of review, queries, rollout, migrations, check; run 'predator-guard --help'.\n",
    });
    const unknownFlag = await cli(['review', '--frmat', 'json']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain("Unknown option '--frmat'");
  });

  it('exits 2 for a missing path even with --fail-on never: a failed run is never a pass', async () => {
    const { code, stdout } = await cli(['review', 'nope', '--fail-on', 'never', '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as Report;
    expect(report.runs[0]).toEqual({
      analyzer: 'review',
      status: 'failed',
      error: "The path 'nope' does not exist. Pass files or directories that exist, relative to the current directory.",
      stats: {},
    });
    expect(report.gate.passed).toBe(false);
  });

  it('exits 2 when the query-plan audit has nothing to audit, saying how to give it plans', async () => {
    const { code, stdout } = await cli(['queries', '--format', 'json']);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as Report).runs[0].error).toBe(
      "queries: nothing to audit. Pass SQL files or globs (predator-guard queries sql/*.sql, or queries: ['sql/**/*.sql'] in .predator-guard.yml), or saved EXPLAIN (FORMAT JSON) plans with --plan FILE….",
    );
  });

  it('writes the output to a file with --output and prints a summary line', async () => {
    const tree = makeTree({ 'a.py': 'try:\n    pass\nexcept:\n    cleanup()\n' });
    try {
      const { code, stdout, stderr } = await cli(['review', '--format', 'sarif', '--output', 'out.sarif'], tree.root);
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toBe('0 errors, 0 warnings, 1 notices; gate passed\n');
      const sarif = JSON.parse(readFileSync(path.join(tree.root, 'out.sarif'), 'utf8'));
      expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'bare-except', level: 'note' });
    } finally {
      tree.cleanup();
    }
  });

  it('reads .predator-guard.yml from the working directory, and flags override it', async () => {
    const tree = makeTree({
      '.predator-guard.yml': 'fail-on: notice\nrules:\n  too-many-params:\n    max-params: 2\n',
      'a.py': 'def f(a, b, c):\n    return a\n',
    });
    try {
      const byFile = await cli(['review', '--format', 'json'], tree.root);
      expect(byFile.code).toBe(1);
      expect((JSON.parse(byFile.stdout) as Report).findings.map((f) => f.message)).toEqual(["Function 'f' has 3 parameters (max 2)."]);
      expect((await cli(['review', '--fail-on', 'error'], tree.root)).code).toBe(0);
      const badConfig = await cli(['review', '--config', 'missing.yml'], tree.root);
      expect(badConfig.code).toBe(2);
      expect(badConfig.stderr).toContain("Cannot read the config file '");
    } finally {
      tree.cleanup();
    }
  });

  it('prints help and the version', async () => {
    expect((await cli(['--help'])).stdout).toContain("Run 'predator-guard COMMAND --help' for a command's options");
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});

describe('baseline', () => {
  it('writes a baseline, hides what it lists, keeps new findings, reports stale entries and prunes them', async () => {
    const nested = 'for a in xs:\n    for b in ys:\n        pass\n';
    const tree = makeTree({ 'a.py': nested, 'b.py': 'try:\n    pass\nexcept:\n    cleanup()\n' });
    try {
      const written = await cli(['review', '--write-baseline', '--fail-on', 'notice'], tree.root);
      expect(written.stderr).toBe('Wrote 2 baseline entries to .predator-guard-baseline.json.\n');
      expect(written.code).toBe(0);
      const baseline = JSON.parse(readFileSync(path.join(tree.root, '.predator-guard-baseline.json'), 'utf8'));
      expect(baseline.entries.map((e: { rule: string; file: string; count: number }) => [e.rule, e.file, e.count])).toEqual([
        ['nested-loop', 'a.py', 1],
        ['bare-except', 'b.py', 1],
      ]);

      // An edit elsewhere in the file keeps the finding hidden; a new finding shows; a fixed one goes stale.
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(tree.root, 'a.py'), `import os\n\n\n${nested}for c in zs:\n    for d in ws:\n        pass\n`);
      writeFileSync(path.join(tree.root, 'b.py'), 'x = 1\n');
      const later = JSON.parse((await cli(['review', '--format', 'json'], tree.root)).stdout) as Report;
      expect(later.findings.map((f) => `${f.file ?? ''}:${f.line ?? ''} ${f.rule} ${f.severity}`)).toEqual([
        ': stale-baseline-entry notice',
        'a.py:8 nested-loop notice',
      ]);
      expect(later.findings[0].message).toBe(
        "Baseline entry for 'bare-except' in b.py matches no finding: 'Bare 'except:' catches everything, including KeyboardInterrupt and SystemExit.'.",
      );
      expect(later.runs[0].stats.baseline).toEqual({ file: '.predator-guard-baseline.json', hidden: 1, stale: 1 });

      const pruned = await cli(['review', '--prune-baseline'], tree.root);
      expect(pruned.stderr).toBe('Pruned 1 of 2 baseline entries in .predator-guard-baseline.json.\n');
      const after = JSON.parse(readFileSync(path.join(tree.root, '.predator-guard-baseline.json'), 'utf8'));
      expect(after.entries.map((e: { rule: string }) => e.rule)).toEqual(['nested-loop']);
    } finally {
      tree.cleanup();
    }
  });
});

describe('stale baseline notices obey the rules config', () => {
  it('turns them off or changes their severity', async () => {
    const tree = makeTree({
      '.predator-guard-baseline.json': JSON.stringify({ version: 1, entries: [{ fingerprint: 'gone', rule: 'bare-except', file: 'a.py', count: 1, message: 'old' }] }),
      'a.py': 'x = 1\n',
    });
    try {
      const shown = JSON.parse((await cli(['review', '--format', 'json'], tree.root)).stdout) as Report;
      expect(shown.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['stale-baseline-entry notice']);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(tree.root, '.predator-guard.yml'), 'rules:\n  stale-baseline-entry: { severity: warning }\n');
      const raised = JSON.parse((await cli(['review', '--format', 'json'], tree.root)).stdout) as Report;
      expect(raised.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['stale-baseline-entry warning']);
      writeFileSync(path.join(tree.root, '.predator-guard.yml'), 'rules:\n  stale-baseline-entry: { severity: off }\n');
      const off = JSON.parse((await cli(['review', '--format', 'json'], tree.root)).stdout) as Report;
      expect(off.findings).toEqual([]);
    } finally {
      tree.cleanup();
    }
  });
});
