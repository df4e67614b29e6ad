import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { configSchema } from '../../src/core/config/schema.js';
import { RULE_CATALOG } from '../../src/core/rules/catalog.js';
import { docsPages } from '../../src/render/docs-pages.js';
import { rulesIndex, ruleTable, withRuleTables } from '../../src/render/rule-tables.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const STALE = 'is stale: run `npm run docs` and commit the result';

describe('the docs’ generated parts', () => {
  const pages = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

  it.each(Object.entries(docsPages(read, pages)))('in %s are the sources’', (page, generated) => {
    const committed = read(page);
    expect({ committed, note: `${page} ${STALE}` }).toEqual({ committed: generated, note: `${page} ${STALE}` });
  });

  it('cover each analyzer’s rules on its page, the action’s inputs and every config key', () => {
    const generated = docsPages(read, pages);
    expect(Object.keys(generated).sort()).toEqual(
      ['docs/action.md', 'docs/configuration.md', 'docs/migrations.md', 'docs/queries.md', 'docs/review.md', 'docs/rollout.md', 'docs/rules.md'].sort(),
    );
    expect(read('docs/review.md')).toContain('<!-- rule-table analyzer=review -->');
    expect(read('docs/queries.md')).toContain('<!-- rule-table analyzer=queries -->');
    expect(read('docs/rollout.md')).toContain('<!-- rule-table analyzer=rollout family=lint -->');
    expect(read('docs/migrations.md')).toContain('<!-- rule-table analyzer=migrations -->');
    const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(read('docs/action.md')).toContain(`| \`${name}\` |`);
    const schema = configSchema() as { properties: Record<string, unknown> };
    for (const key of Object.keys(schema.properties)) expect(read('docs/configuration.md')).toMatch(new RegExp(`\\| \`${key}[.\\[\`]`));
  });

  it('in docs/rules.md are the catalog’s, every rule of every analyzer', () => {
    const index = read('docs/rules.md');
    expect({ index, note: STALE }).toEqual({ index: rulesIndex(RULE_CATALOG), note: STALE });
    for (const rule of RULE_CATALOG) expect(index).toContain(`| [${rule.id}](rules/${rule.id}.md) |`);
  });

  it('list a rule’s category, default severity and summary, or its description when it has no summary', () => {
    const withSummary = RULE_CATALOG.find((rule) => rule.id === 'too-many-params');
    const withoutSummary = { ...RULE_CATALOG.find((rule) => rule.id === 'rollout-timeout')!, summary: undefined };
    expect(ruleTable([withSummary!, withoutSummary], 'docs/rules/').split('\n')).toEqual([
      '| rule | category | default | reports |',
      '|---|---|---|---|',
      `| [too-many-params](docs/rules/too-many-params.md) | 🔴 complexity | warning | ${withSummary!.summary} |`,
      `| [rollout-timeout](docs/rules/rollout-timeout.md) | 🚦 release | error | ${withoutSummary.description} |`,
    ]);
  });

  it('write a stale table afresh and refuse a marker that selects no rule', () => {
    const stale = 'Before.\n\n<!-- rule-table analyzer=queries family=index-advice -->\n| old |\n<!-- /rule-table -->\n\nAfter.\n';
    expect(withRuleTables(stale, RULE_CATALOG, 'docs/rules/')).toBe(
      `Before.\n\n<!-- rule-table analyzer=queries family=index-advice -->\n${ruleTable(RULE_CATALOG.filter((rule) => rule.id === 'missing-index'), 'docs/rules/')}\n<!-- /rule-table -->\n\nAfter.\n`,
    );
    expect(() => withRuleTables('<!-- rule-table analyzer=rollout family=linting -->\n<!-- /rule-table -->', RULE_CATALOG, 'docs/rules/')).toThrow(
      'The rule table <!-- rule-table analyzer=rollout family=linting --> selects no rule of the catalog; name an analyzer (and family) that has rules.',
    );
  });
});
