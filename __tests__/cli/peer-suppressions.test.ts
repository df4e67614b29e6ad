import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/core/report.js';
import { makeTree } from '../helpers/temp-tree.js';

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colorByDefault: false });
  return { code, stdout, stderr };
}

const PROJECT = {
  'app.py': ['try:', '    run()', 'except:  # noqa: E722', '    cleanup()', 'try:', '    run()', 'except:  # predator-guard-ignore bare-except', '    cleanup()', ''].join('\n'),
  'web.ts': ['try { run(); } catch (e) {} // eslint-disable-line no-empty', 'try { run(); } catch (e) {}', ''].join('\n'),
};

describe("peers' suppressions at the CLI", () => {
  it('hides findings a peer directive covers, counts them in stats.suppressed, and says so on the last line', async () => {
    const tree = makeTree(PROJECT);
    try {
      const json = await cli(['review', '--format', 'json'], tree.root);
      const report = JSON.parse(json.stdout) as Report;
      expect(report.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(['web.ts:2 empty-catch']);
      expect(report.runs[0].stats).toMatchObject({ files: 2, suppressed: { own: 1, peer: 2 } });
      const text = await cli(['review'], tree.root);
      expect(text.stdout.trimEnd().split('\n').slice(-2)).toEqual([
        'Review: 0 files skipped; findings hidden: 3 by suppressions (1 own, 2 peer).',
        '⚠ 1 problem (0 errors, 0 warnings, 1 notice) · 2 files reviewed — gate passed',
      ]);
    } finally {
      tree.cleanup();
    }
  });

  it('--no-peer-suppressions and peer-suppressions: false in the config file report what peers silenced', async () => {
    const tree = makeTree(PROJECT);
    const configured = makeTree({ ...PROJECT, '.predator-guard.yml': 'peer-suppressions: false\n' });
    try {
      for (const [argv, cwd] of [[['review', '--format', 'json', '--no-peer-suppressions'], tree.root], [['review', '--format', 'json'], configured.root]] as const) {
        const report = JSON.parse((await cli([...argv], cwd)).stdout) as Report;
        expect(report.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(['app.py:3 bare-except', 'web.ts:1 empty-catch', 'web.ts:2 empty-catch']);
        expect(report.runs[0].stats).toMatchObject({ suppressed: { own: 1, peer: 0 } });
      }
      const both = await cli(['review', '--peer-suppressions', '--no-peer-suppressions'], tree.root);
      expect(both).toEqual({ code: 2, stdout: '', stderr: 'predator-guard: --peer-suppressions and --no-peer-suppressions exclude each other: give one.\n' });
    } finally {
      tree.cleanup();
      configured.cleanup();
    }
  });
});
