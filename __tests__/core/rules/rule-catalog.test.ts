import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANALYZER_REGISTRY } from '../../../src/core/analyzers.js';
import { RULE_CATALOG } from '../../../src/core/rules/catalog.js';
import type { RuleRegistry } from '../../../src/core/rules/registry.js';
import type { RuleDescriptor } from '../../../src/core/rules/rule.js';
import { filesUnder } from '../../helpers/files-under.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const REQUIRED_HEADINGS = ['## What', '## Why', '## How to fix', '## How to suppress', '## Example'];
/** The core's own rules, which the review files in its meta.ts. */
const CORE_FAMILY = 'hygiene';

const families = Object.values(ANALYZER_REGISTRY).flatMap(({ meta }) =>
  Object.entries(meta.families).map(([family, rules]) => ({ analyzer: meta.name, family, rules: rules as RuleRegistry, familyCount: Object.keys(meta.families).length })),
);

/**
 * Where a rule's file lives: `src/<analyzer>/rules/<family>/<id>.ts` when its analyzer has several families of its
 * own, `src/<analyzer>/rules/<id>.ts` when it has one, and `src/core/rules/hygiene/<id>.ts` for the core's.
 */
function ruleFile(rule: RuleDescriptor): string {
  if (rule.family === CORE_FAMILY) return `src/core/rules/${CORE_FAMILY}/${rule.id}.ts`;
  const own = families.filter((entry) => entry.analyzer === rule.analyzer && entry.family !== CORE_FAMILY);
  return own.length > 1 ? `src/${rule.analyzer}/rules/${rule.family}/${rule.id}.ts` : `src/${rule.analyzer}/rules/${rule.id}.ts`;
}

/** Every file under a folder of the repository (none when it does not exist), relative to its root. */
function repositoryFiles(directory: string): string[] {
  if (!existsSync(path.join(root, directory))) return [];
  return filesUnder(path.join(root, directory), /./).map((file) => path.relative(root, file));
}

describe('the rule catalog', () => {
  it('files every rule of every family under its own id, in alphabetical order within a family of rules', () => {
    for (const { analyzer, family, rules } of families) {
      const keys = Object.keys(rules);
      expect({ analyzer, family, ids: Object.values(rules).map((rule) => rule.meta.id) }).toEqual({ analyzer, family, ids: keys });
      // The hygiene family keeps the order the config schema and SARIF have always listed it in.
      if (family !== CORE_FAMILY) expect({ analyzer, family, keys }).toEqual({ analyzer, family, keys: [...keys].sort() });
    }
  });

  it('lists each rule once, with its analyzer and family, in the order of the analyzers and their families', () => {
    const expected = families.flatMap(({ analyzer, family, rules }) => Object.values(rules).map((rule) => ({ analyzer, family, ...rule.meta })));
    expect(RULE_CATALOG).toEqual(expected);
    const ids = RULE_CATALOG.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a file for every rule where its folder says, and no rule file the catalog does not list', () => {
    const expected = RULE_CATALOG.map(ruleFile).sort();
    const ruleFolders = ['src/core/rules/hygiene', ...Object.keys(ANALYZER_REGISTRY).map((analyzer) => `src/${analyzer}/rules`)];
    expect(ruleFolders.flatMap(repositoryFiles).sort()).toEqual(expected);
  });

  it('has a spec beside each rule file, mirrored under __tests__ (a suite of its own where it needs one)', () => {
    const testFile = (rule: (typeof RULE_CATALOG)[number]) => ruleFile(rule).replace(/^src\//, '__tests__/').replace(/\.ts$/, '');
    const suffixes = ['.spec.ts', '.test.ts', '.integration.test.ts'];
    const missing = RULE_CATALOG.map(testFile).filter((file) => !suffixes.some((suffix) => existsSync(path.join(root, `${file}${suffix}`))));
    expect(missing).toEqual([]);
  });

  it('has a docs page for every rule and none for a rule it does not list', () => {
    const documented = readdirSync(path.join(root, 'docs/rules')).map((file) => file.replace(/\.md$/, ''));
    expect(documented.sort()).toEqual(RULE_CATALOG.map((rule) => rule.id).sort());
  });

  describe.each(RULE_CATALOG.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');

    it('has a docs page with the required headings, stating its category and default severity', () => {
      expect(doc.startsWith(`# ${id}\n`)).toBe(true);
      for (const heading of REQUIRED_HEADINGS) expect({ heading, present: doc.includes(`\n${heading}\n`) }).toEqual({ heading, present: true });
      expect(doc).toContain(`Default severity: ${rule.severity}`);
    });

    it('declares kebab-case options, each with a default and a place in its docs page', () => {
      const registry = families.find((entry) => entry.analyzer === rule.analyzer && entry.family === rule.family)?.rules;
      const defaults = Object.keys(registry?.[id]?.defaultOptions ?? {}).sort();
      expect(Object.keys(rule.options ?? {}).sort()).toEqual(defaults);
      for (const option of defaults) {
        expect(option).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect({ option, documented: doc.includes(`${option}:`) }).toEqual({ option, documented: true });
      }
    });
  });
});
