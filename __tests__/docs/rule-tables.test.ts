import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_CATALOG } from '../../src/core/rules/catalog.js';
import { rulesIndex, ruleTable, withRuleTables } from '../../src/render/rule-tables.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const STALE = 'is stale: run `npm run docs` and commit the result';

describe('the docs’ rule tables', () => {
  it('in README.md are the catalog’s', () => {
    const readme = read('README.md');
    expect({ readme, note: STALE }).toEqual({ readme: withRuleTables(readme, RULE_CATALOG, 'docs/rules/'), note: STALE });
    expect(readme.match(/<!-- rule-table /g)).toHaveLength(3);
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
