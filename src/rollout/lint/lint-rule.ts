import type { Severity } from '../../core/finding.js';
import { defineRuleWithoutOptions, type NoOptions, type Rule, type RuleMeta } from '../../core/rules/rule.js';
import type { FieldPath, Manifest, Position } from './manifest.js';
import type { MetricTemplateIndex } from './metric-template-index.js';
import type { ObjectIndex } from './referenced-objects.js';
import type { TemplateIndex } from './template-index.js';

/** What a rule reports: where (a field path in the checked manifest) and what; the engine makes the finding. */
export interface LintReport {
  path: FieldPath;
  message: string;
  suggestion?: string;
  /** For rules with two levels in the notes (R15): the more severe case; the config's severity still wins. */
  severity?: Severity;
  /** Where, when the field path cannot say (a YAML error has no field); otherwise the path is located. */
  position?: Position;
}

export interface LintContext {
  /** Templates among ALL manifests under the lint paths, not only the changed ones. */
  templates: TemplateIndex;
  /** The Services, Ingresses, VirtualServices and DestinationRules among the same files. */
  objects: ObjectIndex;
  /** Flagger's MetricTemplates among the same files. */
  flagger: MetricTemplateIndex;
}

/** How a lint rule checks: one manifest at a time, with the templates of every manifest under the lint paths. */
export interface LintCheck {
  check(manifest: Manifest, context: LintContext): LintReport[];
  /** Whether the rule reads manifests whose YAML did not parse (their object is empty); only the YAML rule does. */
  checksBrokenManifests?: boolean;
}

export type LintRule<Id extends string = string> = Rule<LintCheck, NoOptions, Id>;

/** A manifest lint rule; its category is always configuration. */
export function defineLintRule<Id extends string>(rule: { readonly meta: RuleMeta<Id> & { readonly category: 'configuration' } } & LintCheck): LintRule<Id> {
  return defineRuleWithoutOptions(rule);
}
