/**
 * @jest-environment-options {"freshTypeScript": true}
 *
 * A compiler of its own, not the worker's shared one (helpers/test-environment.mjs): the 850 nested parentheses
 * exhaust the call stack of a compiler that has just been loaded, as in a CLI run, but not always one that other
 * suites have warmed up, whose optimised code recurses deeper.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../../src/core/analyze.js';
import { defaultConfig, mergeConfig } from '../../src/core/config/config.js';
import type { Report } from '../../src/core/report.js';
import { collectFiles } from '../../src/review/files/collect-files.js';
import { reviewFiles } from '../../src/review/review-pool.js';
import { statsOf } from '../helpers/run-stats.js';
import { makeTree } from '../helpers/temp-tree.js';

const BARE = 'try:\n    pass\nexcept:\n    cleanup()\n';

async function reviewIn(root: string, layer = {}): Promise<Report> {
  return analyze(mergeConfig(defaultConfig(root), layer));
}

const places = (report: Report) => report.findings.map((f) => `${f.file}:${f.line} ${f.rule}`);
const skippedOf = (report: Report) => statsOf(report, 'review').skipped;

describe('bad input never costs the other files their findings', () => {
  it('reviews the other files when one is too deeply nested for the TypeScript parser', async () => {
    const tree = makeTree({ 'deep.ts': `const y = ${'('.repeat(850)}1${')'.repeat(850)};\n`, 'good.py': BARE });
    try {
      const report = await reviewIn(tree.root);
      expect(report.runs[0].status).toBe('ok');
      expect(places(report)).toEqual(['deep.ts:1 file-too-complex', 'good.py:3 bare-except']);
    } finally {
      tree.cleanup();
    }
  });

  it('skips a FIFO named on the command line or met in a walk, without opening it', async () => {
    const tree = makeTree({ 'good.py': BARE, 'notes.txt': '' });
    try {
      execFileSync('mkfifo', [path.join(tree.root, 'pipe.py'), path.join(tree.root, 'pipe.txt')]);
      const walked = await reviewIn(tree.root);
      expect(places(walked)).toEqual(['good.py:3 bare-except']);
      // A FIFO without a source file's name is not a file the review would have read: nothing to account for.
      expect(skippedOf(walked)).toEqual([{ file: 'pipe.py', reason: 'not-a-regular-file', detail: 'a named pipe (FIFO)' }]);
      const named = await reviewIn(tree.root, { paths: ['pipe.py', 'good.py'] });
      expect(places(named)).toEqual(['good.py:3 bare-except']);
      expect(skippedOf(named)).toEqual([{ file: 'pipe.py', reason: 'not-a-regular-file', detail: 'a named pipe (FIFO)' }]);
    } finally {
      tree.cleanup();
    }
  });

  it('reads lone-CR line ends in Python as CPython does: no syntax error, lines counted at each CR', async () => {
    const tree = makeTree({ 'old-mac.py': 'import os\rdef f():\r    try:\r        pass\r    except:\r        cleanup()\r' });
    try {
      const report = await reviewIn(tree.root);
      expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual(['old-mac.py:5:5 bare-except']);
    } finally {
      tree.cleanup();
    }
  });

  it('still reports a real syntax error in a lone-CR file, on its line', async () => {
    const tree = makeTree({ 'broken.py': 'x = 1\rdef f(:\r    pass\r' });
    try {
      const report = await reviewIn(tree.root);
      expect(report.findings.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual(['broken.py:2 syntax-error']);
    } finally {
      tree.cleanup();
    }
  });

  it('gives a file name that is not UTF-8 its own reason and its bytes, not broken-symlink', async () => {
    const tree = makeTree({ 'good.py': BARE });
    try {
      const name = Buffer.concat([Buffer.from(`${tree.root}/caf`), Buffer.from([0xe9]), Buffer.from('.py')]);
      writeFileSync(name, BARE);
      const report = await reviewIn(tree.root);
      expect(places(report)).toEqual(['good.py:3 bare-except']);
      expect(skippedOf(report)).toEqual([{ file: 'caf\uFFFD.py', reason: 'non-utf8-file-name', detail: "the name's bytes are not UTF-8: caf\\xe9.py" }]);
    } finally {
      tree.cleanup();
    }
  });
});

describe('a helper thread that fails', () => {
  /**
   * A helper speaking the pool's protocol that dies (an uncaught throw, as an out-of-memory abort would end it) on
   * the file named crash.py, and answers the others. The real worker is bundled; its code is tested elsewhere.
   */
  const crashingHelper = `
    import { parentPort } from 'node:worker_threads';
    parentPort.on('message', (batch) => {
      if (batch.length === 0) return parentPort.close();
      batch.forEach((file, index) => {
        if (file.file.endsWith('crash.py')) throw new Error('helper ran out of memory\\n    at somewhere (worker.js:1:1)');
        parentPort.postMessage({ outcome: { file: file.file, findings: [], bytes: file.size }, lastOfBatch: index === batch.length - 1 });
      });
    });`;

  it('skips only the file it was reviewing, with the reason; its other files are reviewed; the run goes on', async () => {
    const entries: Record<string, string> = { 'a/crash.py': BARE };
    for (let index = 0; index < 40; index += 1) entries[`b/file-${String(index).padStart(2, '0')}.py`] = BARE;
    const tree = makeTree(entries);
    const scriptDir = mkdtempSync(path.join(tmpdir(), 'predator-guard-helper-'));
    const script = path.join(scriptDir, 'helper.mjs');
    writeFileSync(script, crashingHelper);
    try {
      const selection = collectFiles({ root: tree.root, paths: ['.'], include: [], exclude: [] });
      const settings = { rules: {}, overrides: [], maxFileSize: 1024 * 1024, workers: 2 as const, peerSuppressions: true };
      const outcomes = await reviewFiles(selection.files, settings, script);
      expect(outcomes.map((outcome) => outcome.file).sort()).toEqual(selection.files.map((file) => file.file));
      const skipped = outcomes.flatMap((outcome) => (outcome.skipped ? [outcome.skipped] : []));
      // The helper is fed its first two batches before the main thread starts, so crash.py (sorted first) is its.
      expect(skipped).toEqual([{ file: 'a/crash.py', reason: 'review-failed', detail: 'the helper thread reviewing it stopped: helper ran out of memory' }]);
    } finally {
      tree.cleanup();
      rmSync(scriptDir, { recursive: true, force: true });
    }
  });
});
