import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze.js';
import { defaultConfig, mergeConfig } from '../../src/core/config/config.js';
import type { Report } from '../../src/core/report.js';
import { renderText } from '../../src/render/text.js';
import { makeRepo } from '../helpers/git-repo.js';
import { statsOf } from '../helpers/run-stats.js';
import { makeTree } from '../helpers/temp-tree.js';

const BARE = 'try:\n    pass\nexcept:\n    cleanup()\n';
const EMPTY_CATCH = 'try { run(); } catch (e) {}\n';

const review = (root: string, layer = {}) => analyze(mergeConfig(defaultConfig(root), layer));
const reviewed = (report: Report) => report.findings.map((f) => f.file);
const skippedOf = (report: Report) => statsOf(report, 'review').skipped.map(({ file, reason, detail }) => ({ file, reason, detail }));

describe("inside a git work tree, the review reads git's file set", () => {
  it('reviews tracked files a .gitignore matches (git add -f) and untracked ones not ignored; skips ignored untracked ones', async () => {
    const repo = makeRepo({ '.gitignore': 'build/\n*.gen.py\n', 'app.py': BARE, 'build/release.py': BARE, 'x.gen.py': BARE });
    try {
      repo.git('add', '-f', 'build/release.py');
      repo.git('commit', '--quiet', '-m', 'hand-written build script');
      writeFileSync(path.join(repo.root, 'new.py'), BARE);
      writeFileSync(path.join(repo.root, 'build/output.py'), BARE);
      const report = await review(repo.root);
      expect(reviewed(report)).toEqual(['app.py', 'build/release.py', 'new.py']);
      expect(skippedOf(report)).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });

  it('applies the folder-name list only outside git: tracked dist/, vendor/ and generated/ files are reviewed', async () => {
    const entries = { 'dist/tool.ts': EMPTY_CATCH, 'vendor/lib.py': BARE, 'generated/api.py': BARE, 'src/a.py': BARE };
    const repo = makeRepo(entries);
    const plain = makeTree(entries);
    try {
      // An untracked virtualenv nobody ignored is still a dependency folder, not the project's code.
      writeFileSync(path.join(repo.root, 'vendor/new.py'), BARE);
      mkdirSync(path.join(repo.root, '.venv/lib'), { recursive: true });
      writeFileSync(path.join(repo.root, '.venv/lib/site.py'), BARE);
      writeFileSync(path.join(repo.root, 'src/new.py'), BARE);
      expect(reviewed(await review(repo.root))).toEqual(['dist/tool.ts', 'generated/api.py', 'src/a.py', 'src/new.py', 'vendor/lib.py']);
      expect(reviewed(await review(plain.root))).toEqual(['src/a.py']);
    } finally {
      repo.cleanup();
      plain.cleanup();
    }
  });

  it('leaves out what .gitattributes marks linguist-generated or linguist-vendored, minified files and what the config excludes, naming each reason', async () => {
    const repo = makeRepo({
      '.gitattributes': 'api/*_pb2.py linguist-generated\nthird/** linguist-vendored=true\nkept.py linguist-generated=false\n',
      'api/user_pb2.py': BARE,
      'third/lib.ts': EMPTY_CATCH,
      'kept.py': BARE,
      'app.min.js': EMPTY_CATCH,
      'docs/readme.md': '# not source\n',
      'old.py': BARE,
    });
    try {
      const report = await review(repo.root, { exclude: ['old.py'] });
      expect(reviewed(report)).toEqual(['kept.py']);
      expect(skippedOf(report)).toEqual([
        { file: 'api/user_pb2.py', reason: 'linguist-generated', detail: '.gitattributes' },
        { file: 'app.min.js', reason: 'minified', detail: undefined },
        { file: 'old.py', reason: 'excluded', detail: 'matches exclude (config)' },
        { file: 'third/lib.ts', reason: 'linguist-vendored', detail: '.gitattributes' },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it("leaves out well-known libraries' files by name, as linguist does, unless .gitattributes keeps them", async () => {
    const repo = makeRepo({
      '.gitattributes': 'keep/** -linguist-vendored\n',
      'web/static/jquery.js': EMPTY_CATCH,
      'web/static/jquery-3.7.1.js': EMPTY_CATCH,
      'web/static/underscore-min.js': EMPTY_CATCH,
      'web/static/d3.v7.js': EMPTY_CATCH,
      'keep/lodash.js': EMPTY_CATCH,
      'src/my-jquery.js': EMPTY_CATCH,
      'src/moment-format.ts': EMPTY_CATCH,
    });
    try {
      const report = await review(repo.root);
      expect([...new Set(reviewed(report))]).toEqual(['keep/lodash.js', 'src/moment-format.ts', 'src/my-jquery.js']);
      const detail = "a well-known library's file name";
      expect(skippedOf(report)).toEqual([
        { file: 'web/static/d3.v7.js', reason: 'linguist-vendored', detail },
        { file: 'web/static/jquery-3.7.1.js', reason: 'linguist-vendored', detail },
        { file: 'web/static/jquery.js', reason: 'linguist-vendored', detail },
        { file: 'web/static/underscore-min.js', reason: 'linguist-vendored', detail },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('lists the first 100 skipped files, then a count (a .gitattributes mark wins over the config exclude)', async () => {
    const entries: Record<string, string> = { '.gitattributes': 'gen/** linguist-generated\n', 'tests/t.py': BARE, 'app.py': BARE };
    for (let index = 0; index < 130; index += 1) entries[`gen/m${String(index).padStart(3, '0')}.py`] = BARE;
    const repo = makeRepo(entries);
    try {
      const report = await review(repo.root, { exclude: ['tests/**'] });
      expect(reviewed(report)).toEqual(['app.py']);
      const stats = statsOf(report, 'review');
      expect(stats.skipped).toHaveLength(100);
      expect(stats.skippedOmitted).toBe(31);
      expect(stats.skipped[0]).toEqual({ file: 'gen/m000.py', reason: 'linguist-generated', detail: '.gitattributes' });
      const text = renderText(report).trimEnd().split('\n');
      expect(text.slice(-4)).toEqual([
        '  … and 31 more files',
        '',
        'Review: 131 files skipped; findings hidden: 0 by suppressions (0 own, 0 peer).',
        '⚠ 1 problem (0 errors, 0 warnings, 1 notice) · 1 file reviewed — gate passed',
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it('gives a file name git lists that is not UTF-8 its own reason and bytes', async () => {
    const repo = makeRepo({ 'a.py': BARE });
    try {
      writeFileSync(Buffer.concat([Buffer.from(`${repo.root}/caf`), Buffer.from([0xe9]), Buffer.from('.py')]), BARE);
      const report = await review(repo.root);
      expect(reviewed(report)).toEqual(['a.py']);
      expect(skippedOf(report)).toEqual([{ file: 'caf\uFFFD.py', reason: 'non-utf8-file-name', detail: "the name's bytes are not UTF-8: caf\\xe9.py" }]);
    } finally {
      repo.cleanup();
    }
  });

  it('reviews only the changed files of a diff run, from the same set', async () => {
    const repo = makeRepo({ '.gitignore': 'build/\n', 'a.py': BARE, 'b.py': BARE, '.gitattributes': 'b.py linguist-generated\n' });
    try {
      const change = (file: string) => [file, { file, status: 'modified' as const, addedLines: new Set([3]) }] as const;
      const changes = { files: new Map([change('a.py'), change('b.py')]) };
      const report = await review(repo.root, { changes });
      expect(reviewed(report)).toEqual(['a.py']);
      expect(skippedOf(report)).toEqual([{ file: 'b.py', reason: 'linguist-generated', detail: '.gitattributes' }]);
    } finally {
      repo.cleanup();
    }
  });
});
