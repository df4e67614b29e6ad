import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_CATALOG } from '../../src/core/rule-catalog.js';
import { MISSING_INDEX_RULE } from '../../src/queries/rules/index-advice/missing-index.js';
import { PLAN_RULES } from '../../src/queries/meta.js';
import { auditFixture } from './plan-fixture.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('plan rule registry', () => {
  it('lists plan rules alphabetically, one per file named after its id, all in the rule catalog as queries rules', () => {
    const ids = PLAN_RULES.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    const files = readdirSync(path.join(root, 'src/queries/rules/plan')).filter((file) => file !== 'index.ts').map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(ids);
    // missing-index is the index advice's rule, not a plan rule: __tests__/queries/advice/missing-index-registry.test.ts checks it.
    expect(RULE_CATALOG.filter((rule) => rule.analyzer === 'queries' && rule.id !== MISSING_INDEX_RULE.meta.id).map((rule) => rule.id)).toEqual(ids);
  });

  describe.each(PLAN_RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    it('has a test file and a docs page stating its default severity and documenting every option', () => {
      expect(existsSync(path.join(root, '__tests__/queries/rules/plan', `${id}.test.ts`))).toBe(true);
      const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');
      expect(doc).toContain(`Default severity: ${rule.meta.severity}`);
      for (const option of Object.keys(rule.meta.options ?? {})) expect({ id, option, documented: doc.includes(`${option}:`) }).toEqual({ id, option, documented: true });
    });

    it('reports exactly what its docs example says, on the fixture the example quotes', () => {
      const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');
      const fixture = /An excerpt of `__tests__\/fixtures\/plans\/(\S+)`/.exec(doc)?.[1];
      const expected = /```text\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## Example')))?.[1].trim().split('\n');
      expect(fixture).toBeDefined();
      const findings = auditFixture(fixture ?? '').findings.filter((finding) => finding.rule === id);
      expect(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message}`)).toEqual(expected);
    });

    it('declares performance as its category, kebab-case options with a default each, and what EXPLAIN it needs', () => {
      expect(rule.meta.category).toBe('performance');
      expect(Object.keys(rule.meta.options ?? {}).sort()).toEqual(Object.keys(rule.defaultOptions as object).sort());
      for (const option of Object.keys(rule.meta.options ?? {})) expect(option).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.meta.needs.every((need) => need === 'analyze' || need === 'buffers')).toBe(true);
    });
  });
});
