import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { arrowsOf, NEVER, packageImportsOf, violationsOf, type NeverKind } from './import-graph.js';
import { filesUnder } from '../helpers/files-under.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The TypeScript files under a folder of the repository, relative to its root. */
function sourceFiles(directory: string): string[] {
  return filesUnder(path.join(root, directory), /\.ts$/).map((file) => path.relative(root, file));
}

/** A synthetic file graph: each file imports the one after the arrow. */
function graph(...arrows: [from: string, importStatement: string][]): Map<string, string> {
  return new Map(arrows.map(([from, statement]) => [from, `${statement}\nexport const x = 1;\n`]));
}

describe('the import graph of src/', () => {
  it('has no arrow the layout never allows', () => {
    const files = new Map(sourceFiles('src').map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
    const arrows = arrowsOf(files);
    // Guard against a checker that reads nothing: src/ has hundreds of imports between its files.
    expect(arrows.length).toBeGreaterThan(500);
    expect(violationsOf(arrows).map((violation) => violation.message)).toEqual([]);
  });
});

describe('the clients of the channels', () => {
  it('are imported by their one home: Octokit by github/, @actions/core by action/', () => {
    const files = new Map(sourceFiles('src').map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
    const imports = packageImportsOf(files);
    const homeless = imports.filter(([file, specifier]) => (specifier.startsWith('@octokit/') && !file.startsWith('src/github/')) || (specifier === '@actions/core' && !file.startsWith('src/action/')));
    expect(homeless).toEqual([]);
    expect(imports.filter(([, specifier]) => specifier.startsWith('@octokit/') || specifier === '@actions/core').length).toBeGreaterThan(3);
  });
});

describe('the import-graph check', () => {
  const cases: [NeverKind, from: string, statement: string, to: string][] = [
    ['analyzer-to-analyzer', 'src/rollout/lint/lint-manifests.ts', "import { fingerprintOf } from '../../review/fingerprint.js';", 'src/review/fingerprint.ts'],
    ['core-to-analyzer-internals', 'src/postgres/schema/schema-file.ts', "import { loadSchema } from '../../queries/schema/load-schema.js';", 'src/queries/schema/load-schema.ts'],
    ['analyzer-to-analyzer', 'src/migrations/read-migrations.ts', "import { loadingFiles } from '../queries/embedded/loading-files.js';", 'src/queries/embedded/loading-files.ts'],
    ['core-to-analyzer-internals', 'src/core/rules/catalog.ts', "import { LINT_RULES } from '../../rollout/lint-rules/index.js';", 'src/rollout/lint-rules/index.ts'],
    ['rule-to-render', 'src/queries/rules/plan/hash-spill.ts', "import { codeSpan } from '../../../render/markdown-inline.js';", 'src/render/markdown-inline.ts'],
    ['rule-to-render', 'src/core/rules/hygiene/unused-suppression.ts', "import { escapeMarkdown } from '../../../render/markdown-inline.js';", 'src/render/markdown-inline.ts'],
    ['render-to-github', 'src/render/comment/comment-body.ts', "import type { GitHubClient } from '../../github/octokit.js';", 'src/github/octokit.ts'],
    ['door-to-analyzer', 'src/cli/main.ts', "import { loadKubeConfig } from '../rollout/cluster/load-kube-config.js';", 'src/rollout/cluster/load-kube-config.ts'],
    ['door-to-analyzer', 'src/action/head-contents.ts', "import { reviewMeta } from '../review/meta.js';", 'src/review/meta.ts'],
    ['core-to-outer', 'src/core/rules/rule.ts', "import type { SarifRule } from '../../render/sarif.js';", 'src/render/sarif.ts'],
    ['analyzer-to-outer', 'src/review/review-source.ts', "import { renderText } from '../render/text.js';", 'src/render/text.ts'],
    ['render-to-analyzer-internals', 'src/render/queries/audited-queries.ts', "import type { IndexAdviceStats } from '../../queries/advice/advice-stats.js';", 'src/queries/advice/advice-stats.ts'],
    ['render-to-door', 'src/render/json.ts', "import { exitCode } from '../cli/main.js';", 'src/cli/main.ts'],
    ['github-to-analyzer-or-door', 'src/github/head-contents.ts', "import { detectLanguage } from '../review/languages/detect-language.js';", 'src/review/languages/detect-language.ts'],
    ['library-to-door', 'src/index.ts', "export { runCli } from './cli/main.js';", 'src/cli/main.ts'],
  ];

  it.each(cases)('fails on %s, naming the file pair', (kind, from, statement, to) => {
    expect(violationsOf(arrowsOf(graph([from, statement])))).toEqual([{ from, to, kind, message: `${from} → ${to}: ${NEVER[kind]}` }]);
  });

  it('has a synthetic case for every kind of arrow it refuses', () => {
    expect([...new Set(cases.map(([kind]) => kind))].sort()).toEqual(Object.keys(NEVER).sort());
  });

  it('reads type-only, re-exporting, dynamic and import-type arrows as arrows too', () => {
    const files = new Map([
      ['src/rollout/a.ts', "import type { A } from '../review/a.js';\nexport { B } from '../review/b.js';\nconst c = await import('../review/c.js');\ntype D = import('../review/d.js').D;\n"],
    ]);
    expect(violationsOf(arrowsOf(files)).map((violation) => violation.to)).toEqual(['src/review/a.ts', 'src/review/b.ts', 'src/review/c.ts', 'src/review/d.ts']);
  });

  it('allows the arrows the layout is made of', () => {
    const allowed = graph(
      ['src/core/analyzers.ts', "import { reviewMeta } from '../review/meta.js';\nconst load = () => import('../review/index.js');"],
      ['src/core/run-stats.ts', "import type { RolloutRunStats } from '../rollout/meta.js';"],
      ['src/rollout/lint/lint-manifests.ts', "import { fingerprintOf } from '../../core/rules/fingerprint.js';"],
      ['src/rollout/rules/lint/invalid-step.ts', "import { defineLintRule } from '../../lint/lint-rule.js';"],
      ['src/render/rollout/followed-rollouts.ts', "import type { RolloutStats } from '../../rollout/meta.js';"],
      ['src/render/sarif.ts', "import type { RuleDescriptor } from '../core/rules/rule.js';"],
      ['src/github/check-run.ts', "import type { CheckRunAnnotation } from '../render/check-run.js';"],
      ['src/action/publish.ts', "import { convergeComment } from '../github/convergent-comment.js';\nimport { commentBody } from '../render/comment/comment-body.js';\nimport { analyze } from '../core/analyze.js';"],
      ['src/index.ts', "export { splitSqlFile } from './postgres/sql/split-sql-file.js';"],
      ['src/migrations/read-migrations.ts', "import { orderMigrations } from '../postgres/schema/migration-order.js';"],
      ['src/queries/embedded/loading-files.ts', "import { orderMigrations } from '../../postgres/schema/migration-order.js';"],
    );
    expect(arrowsOf(allowed)).toHaveLength(14);
    expect(violationsOf(arrowsOf(allowed))).toEqual([]);
  });
});
