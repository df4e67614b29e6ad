import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesOf } from '../../src/core/rules/registry.js';
import { PLAN_RULES } from '../../src/queries/meta.js';
import { auditFixture } from './plan-fixture.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe.each(rulesOf(PLAN_RULES).map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  it('reports exactly what its docs example says, on the fixture the example quotes', () => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8');
    const fixture = /An excerpt of `__tests__\/fixtures\/plans\/(\S+)`/.exec(doc)?.[1];
    const expected = /```text\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf('## Example')))?.[1].trim().split('\n');
    expect(fixture).toBeDefined();
    const findings = auditFixture(fixture ?? '').findings.filter((finding) => finding.rule === id);
    expect(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message}`)).toEqual(expected);
  });

  it('is a performance rule that says what EXPLAIN it needs', () => {
    expect(rule.meta.category).toBe('performance');
    expect(rule.needs.every((need) => need === 'analyze' || need === 'buffers')).toBe(true);
  });
});
