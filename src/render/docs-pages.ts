import { parse } from 'yaml';
import { configSchema } from '../core/config/schema.js';
import { RULE_CATALOG } from '../core/rules/catalog.js';
import { actionReference, type ActionMetadata } from './action-reference.js';
import { configReference, type SchemaNode } from './config-reference.js';
import { withGeneratedSection } from './generated-section.js';
import { rulesIndex, withRuleTables } from './rule-tables.js';

/**
 * Every docs page as `npm run docs` writes it: `read` gives a file of the repository by its path, `pages` names the
 * markdown pages to look through. A page's rule tables link to `docs/rules/` from the README and to `rules/` from a
 * page under docs/. The result holds every page with generated parts, so a test compares it with what is committed.
 */
export function docsPages(read: (file: string) => string, pages: readonly string[]): Record<string, string> {
  const action = parse(read('action.yml')) as ActionMetadata;
  const written: Record<string, string> = {};
  for (const page of pages) {
    const text = read(page);
    let next = withRuleTables(text, RULE_CATALOG, page.startsWith('docs/') ? 'rules/' : 'docs/rules/');
    if (page === 'docs/action.md') next = withGeneratedSection(next, 'action-reference', actionReference(action), page);
    if (page === 'docs/configuration.md') {
      const describe = (key: string) => action.inputs?.[key]?.description;
      next = withGeneratedSection(next, 'config-reference', configReference(configSchema() as SchemaNode, describe), page);
    }
    if (page === 'docs/rules.md') next = rulesIndex(RULE_CATALOG);
    if (next !== text || /<!-- (rule-table|generated:)/.test(text) || page === 'docs/rules.md') written[page] = next;
  }
  return written;
}
