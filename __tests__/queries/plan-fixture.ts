import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/core/finding.js';
import { auditPlanFile, type PlanFileAudit } from '../../src/queries/audit-plan-file.js';
import type { RuleSettings } from '../../src/core/rules/settings.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/plans/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/** The fixture parsed as JSON, for a negative test that changes one number of a positive fixture. */
export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name));
}

export function auditText(text: string, rules: RuleSettings = {}, file = 'plans/plan.json'): PlanFileAudit {
  return auditPlanFile(file, text, rules);
}

export function auditFixture(name: string, rules: RuleSettings = {}): PlanFileAudit {
  return auditPlanFile(`plans/${name}`, fixtureText(name), rules);
}

/** `rule message` lines of one rule's findings, the form the tests compare exactly. */
export function messagesOf(findings: readonly Finding[], rule: string): string[] {
  return findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);
}

/** A JSON-shaped value edited in place by path, e.g. ['0', 'Plan', 'Rows Removed by Filter']. */
export function withField(document: unknown, keys: readonly (string | number)[], value: unknown): string {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[keys[keys.length - 1]] = value;
  return JSON.stringify(copy);
}
