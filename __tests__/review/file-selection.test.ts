import { analyze } from '../../src/core/analyze.js';
import { defaultConfig, mergeConfig } from '../../src/core/config/config.js';
import type { Report } from '../../src/core/report.js';
import { makeTree } from '../helpers/temp-tree.js';
import { statsOf } from '../helpers/run-stats.js';

const LIMIT = 1024;

async function reviewTree(entries: Parameters<typeof makeTree>[0], layer = {}): Promise<Report> {
  const tree = makeTree(entries);
  try {
    return await analyze(mergeConfig(defaultConfig(tree.root), { maxFileSize: LIMIT, ...layer }));
  } finally {
    tree.cleanup();
  }
}

function skippedOf(report: Report): { file: string; reason: string }[] {
  const skipped = statsOf(report, 'review').skipped;
  return skipped.map(({ file, reason }) => ({ file, reason }));
}

describe('file selection and reading', () => {
  it('accounts for every awkward file by its skip reason, and still reviews the good ones', async () => {
    const report = await reviewTree({
      'empty.py': '',
      'binary.py': new Uint8Array([0x64, 0x65, 0x66, 0x00, 0x01, 0x02]),
      'latin1.py': new Uint8Array([0x78, 0x20, 0x3d, 0x20, 0x27, 0xe9, 0x27, 0x0a]),
      'at-limit.ts': `// ${'x'.repeat(LIMIT - 4)}\n`,
      'over-limit.ts': `// ${'x'.repeat(LIMIT - 3)}\n`,
      'loop/inner/back': { symlink: '..' },
      'self-link.py': { symlink: 'self-link.py' },
      'good.py': 'try:\n    pass\nexcept:\n    cleanup()\n',
    });
    expect(report.runs[0].status).toBe('ok');
    expect(skippedOf(report)).toEqual([
      { file: 'binary.py', reason: 'binary' },
      { file: 'latin1.py', reason: 'not-utf8' },
      { file: 'loop/inner/back', reason: 'symlink-loop' },
      { file: 'over-limit.ts', reason: 'too-large' },
      { file: 'self-link.py', reason: 'symlink-loop' },
    ]);
    expect(statsOf(report, 'review').files).toBe(3);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(['good.py:3 bare-except']);
  });

  it('reviews a file with a BOM, CRLF line ends and tabs with columns in UTF-16 units from 1', async () => {
    const report = await reviewTree({
      'crlf.py': '\uFEFFdef f():\r\n\ttry:\r\n\t\tpass\r\n\texcept:\r\n\t\tcleanup()\r\n',
      'wide.ts': 'const s = "𝄞é"; for (const a of b) { for (const c of d) {} }\n',
    });
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      'crlf.py:4:2 bare-except',
      'wide.ts:1:39 nested-loop',
    ]);
  });

  it('honours .gitignore files at every level and skips dependency and build folders', async () => {
    const bare = 'try:\n    pass\nexcept:\n    cleanup()\n';
    const report = await reviewTree({
      '.gitignore': 'ignored.py\n/generated-here/\n',
      'ignored.py': bare,
      'generated-here/a.py': bare,
      'pkg/.gitignore': '*.gen.py\n',
      'pkg/x.gen.py': bare,
      'pkg/kept.py': bare,
      'node_modules/dep/index.py': bare,
      'dist/bundle.js': 'try {} catch (e) {}\n',
      'vendor/lib.py': bare,
      'app.min.js': 'try {} catch (e) {}\n',
    });
    expect(report.findings.map((f) => f.file)).toEqual(['pkg/kept.py']);
  });

  it('expands globs and rejects a glob that matches nothing, naming it', async () => {
    const found = await reviewTree({ 'src/a.py': 'try:\n    pass\nexcept:\n    cleanup()\n', 'src/b.ts': '' }, { paths: ['src/**/*.py'] });
    expect(found.findings.map((f) => f.file)).toEqual(['src/a.py']);
    const missing = await reviewTree({ 'src/a.py': '' }, { paths: ['lib/**/*.py'] });
    expect(missing.runs[0]).toMatchObject({ status: 'failed' });
    expect(missing.runs[0].error).toContain("The glob 'lib/**/*.py' matches no Python or TypeScript/JavaScript file");
    expect(missing.gate.passed).toBe(false);
  });

  it('fails the run for a path that does not exist, and still passes include/exclude filters', async () => {
    const missing = await reviewTree({ 'a.py': '' }, { paths: ['nope'] });
    expect(missing.runs[0].error).toBe("The path 'nope' does not exist. Pass files or directories that exist, relative to the current directory.");
    const filtered = await reviewTree(
      { 'a/x.py': 'try:\n    pass\nexcept:\n    cleanup()\n', 'b/y.py': 'try:\n    pass\nexcept:\n    cleanup()\n' },
      { exclude: ['b/**'] },
    );
    expect(filtered.findings.map((f) => f.file)).toEqual(['a/x.py']);
  });
});
