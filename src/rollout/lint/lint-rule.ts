import type { Severity } from '../../core/finding.js';
import type { FieldPath, Manifest } from './manifest.js';
import type { TemplateIndex } from './template-index.js';

export interface LintRuleMeta {
  id: string;
  category: 'configuration';
  /** Default severity; the config may change it or turn the rule off. */
  severity: Severity;
  /** One sentence: what the rule reports. Shown in SARIF and the docs index. */
  description: string;
}

/** What a rule reports: where (a field path in the checked manifest) and what; the engine makes the finding. */
export interface LintReport {
  path: FieldPath;
  message: string;
  suggestion?: string;
  /** For rules with two levels in the notes (R15): the more severe case; the config's severity still wins. */
  severity?: Severity;
}

export interface LintContext {
  /** Templates among ALL manifests under the lint paths, not only the changed ones. */
  templates: TemplateIndex;
}

export interface LintRule {
  meta: LintRuleMeta;
  check(manifest: Manifest, context: LintContext): LintReport[];
}
