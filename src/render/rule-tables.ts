import { CATEGORY_ICONS } from '../core/finding.js';
import type { RuleDescriptor } from '../core/rules/rule.js';

/**
 * The docs' rule tables, generated from the rule catalog (`npm run docs` writes them; a test fails when a page
 * holds a stale one). A page asks for a table with a marker naming what it lists, and the table is written between
 * that marker and the closing one:
 *
 *   <!-- rule-table analyzer=rollout family=lint -->
 *   <!-- /rule-table -->
 */

const TABLE = /<!-- rule-table ([^>]*?) -->\n[\s\S]*?<!-- \/rule-table -->/g;

/** How the index names each analyzer; an analyzer missing here is named by its id. */
const ANALYZER_TITLES: Record<string, string> = { review: 'Code review', queries: 'Query-plan audit', rollout: 'Rollout check' };

/** One row per rule: its docs page (under `docsBase`), category, default severity and what it reports. */
export function ruleTable(rules: readonly RuleDescriptor[], docsBase: string): string {
  const rows = rules.map(
    (rule) => `| [${rule.id}](${docsBase}${rule.id}.md) | ${CATEGORY_ICONS[rule.category]} ${rule.category} | ${rule.severity} | ${rule.summary ?? rule.description} |`,
  );
  return ['| rule | category | default | reports |', '|---|---|---|---|', ...rows].join('\n');
}

/**
 * `text` with every marked table written afresh from `catalog`. A marker selects by `analyzer=` and optionally
 * `family=`; one that selects no rule is an error, so a renamed family cannot leave an empty table behind.
 */
export function withRuleTables(text: string, catalog: readonly RuleDescriptor[], docsBase: string): string {
  return text.replace(TABLE, (_whole, selection: string) => {
    const wanted = Object.fromEntries(selection.split(/\s+/).map((pair) => pair.split('=') as [string, string]));
    const rules = catalog.filter((rule) => rule.analyzer === wanted.analyzer && (wanted.family === undefined || rule.family === wanted.family));
    if (rules.length === 0) throw new Error(`The rule table <!-- rule-table ${selection} --> selects no rule of the catalog; name an analyzer (and family) that has rules.`);
    return `<!-- rule-table ${selection} -->\n${ruleTable(rules, docsBase)}\n<!-- /rule-table -->`;
  });
}

/** docs/rules.md: every rule of every analyzer, by analyzer and family, in the catalog's order. */
export function rulesIndex(catalog: readonly RuleDescriptor[]): string {
  const sections = [...new Set(catalog.map((rule) => rule.analyzer))].map((analyzer) => {
    const ofAnalyzer = catalog.filter((rule) => rule.analyzer === analyzer);
    const families = [...new Set(ofAnalyzer.map((rule) => rule.family))];
    const tables = families.map((family) => `### ${family}\n\n${ruleTable(ofAnalyzer.filter((rule) => rule.family === family), 'rules/')}`);
    return `## ${ANALYZER_TITLES[analyzer] ?? analyzer} (\`${analyzer}\`)\n\n${tables.join('\n\n')}`;
  });
  const intro = [
    '# Rules',
    '',
    '<!-- Generated from the rule catalog by `npm run docs`; edit the rules’ metadata, not this page. -->',
    '',
    "Every rule of every analyzer, as each analyzer's `meta.ts` files it: the family is the folder under",
    '`src/<analyzer>/rules/` that holds its file (the hygiene rules are the core’s, in `src/core/rules/hygiene/`).',
    "Each page says what the rule finds, why it matters, how to fix it and how to suppress it; a rule's severity and",
    'options are set under `rules:` in `.predator-guard.yml`.',
  ].join('\n');
  return `${intro}\n\n${sections.join('\n\n')}\n`;
}
