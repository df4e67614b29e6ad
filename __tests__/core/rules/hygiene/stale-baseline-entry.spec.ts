import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../../src/core/analyze.js';
import { baselineFrom, writeBaseline } from '../../../../src/core/baseline.js';
import { defaultConfig, mergeConfig, type ConfigLayer } from '../../../../src/core/config/config.js';
import { renderText } from '../../../../src/render/text.js';
import { makeTree } from '../../../helpers/temp-tree.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const BARE = ['try:', '    a()', 'except:', '    cleanup()', ''].join('\n');
const FIXED = ['try:', '    a()', 'except ValueError:', '    raise', ''].join('\n');

/** Reviews the tree with its baseline file, as `predator-guard review` would. */
async function reviewWithBaseline(treeRoot: string, layer: ConfigLayer = {}) {
  return analyze(mergeConfig(defaultConfig(treeRoot), layer));
}

describe('stale-baseline-entry', () => {
  it('reports its docs example: the baseline recorded a bare except that was fixed since', async () => {
    const tree = makeTree({ 'b.py': BARE });
    try {
      writeBaseline(path.join(tree.root, '.predator-guard-baseline.json'), baselineFrom((await reviewWithBaseline(tree.root, { baseline: false })).findings));
      writeFileSync(path.join(tree.root, 'b.py'), FIXED);
      const report = await reviewWithBaseline(tree.root);
      const doc = readFileSync(path.join(root, 'docs/rules/stale-baseline-entry.md'), 'utf8');
      const expected = /```text\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## Example')))?.[1].trim();
      const shown = renderText(report).split('\n').map((line) => line.trim());
      expect(shown).toContain(expected);
      expect(report.findings.map((finding) => [finding.rule, finding.severity, finding.suggestion])).toEqual([
        ['stale-baseline-entry', 'notice', "Run 'predator-guard review --prune-baseline' to drop it from .predator-guard-baseline.json."],
      ]);
    } finally {
      tree.cleanup();
    }
  });

  it('counts the occurrences an entry no longer matches, and hides the ones it still matches', async () => {
    const tree = makeTree({ 'a.py': BARE });
    try {
      const [entry] = baselineFrom((await reviewWithBaseline(tree.root, { baseline: false })).findings).entries;
      writeBaseline(path.join(tree.root, '.predator-guard-baseline.json'), { version: 1, entries: [{ ...entry, count: 3 }] });
      const report = await reviewWithBaseline(tree.root);
      expect(report.findings.map((finding) => finding.message)).toEqual([
        "Baseline entry for 'bare-except' in a.py (2 occurrences) matches no finding: 'Bare 'except:' catches everything, including KeyboardInterrupt and SystemExit.'.",
      ]);
      expect(report.runs[0].stats.baseline).toEqual({ file: '.predator-guard-baseline.json', hidden: 1, stale: 1 });
    } finally {
      tree.cleanup();
    }
  });
});
