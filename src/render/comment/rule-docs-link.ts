import { RULE_CATALOG } from '../../core/rules/catalog.js';
import { codeSpan } from '../markdown-inline.js';

const DOCUMENTED = new Set(RULE_CATALOG.map((rule) => rule.id));
/** What may stand in a docs base URL the action builds from its environment (a repository and a ref). */
const DOCS_BASE_FORM = /^https?:\/\/[A-Za-z0-9.:-]+\/[A-Za-z0-9._/-]+\/$/;

/**
 * The docs folder of the action's own version (`<server>/<action repository>/blob/<action ref>/docs/rules/`), so a
 * rule id links to the page that describes the rule as this version runs it. Undefined when the step was not
 * started through `uses:` (the runner sets neither variable) or a value has an unexpected form.
 */
export function rulesDocsBase(serverUrl: string, actionRepository: string | undefined, actionRef: string | undefined): string | undefined {
  if (!actionRepository || !actionRef) return undefined;
  const base = `${serverUrl.replace(/\/+$/, '')}/${actionRepository}/blob/${actionRef}/docs/rules/`;
  return DOCS_BASE_FORM.test(base) && !base.includes('..') ? base : undefined;
}

/** A rule id as code, linked to its docs page when the rule has one and the docs base is known. */
export function ruleLink(rule: string, docsBase: string | undefined): string {
  if (docsBase === undefined || !DOCUMENTED.has(rule)) return codeSpan(rule);
  return `[${codeSpan(rule)}](${docsBase}${rule}.md)`;
}
