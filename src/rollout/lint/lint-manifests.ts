import type { Config } from '../../core/config/config.js';
import type { Finding } from '../../core/finding.js';
import { fingerprintOf, OccurrenceCounter } from '../../core/rules/fingerprint.js';
import { ruleSettingsResolver, severityFor } from '../../core/rules/settings.js';
import { unusedSuppression } from '../../core/rules/hygiene/unused-suppression.js';
import { DRY_RUN_RULES } from '../meta.js';
import type { LintRule } from './lint-rule.js';
import { fieldPathText, type Manifest } from './manifest.js';
import { suppressLintFindings } from './suppress-lint-findings.js';
import { indexMetricTemplates } from './metric-template-index.js';
import { indexObjects, type ReferencedObject } from './referenced-objects.js';
import { indexTemplates } from './template-index.js';
import type { FileDirectives } from './yaml-directives.js';

/**
 * Runs every rule over every manifest and turns their reports into findings: positions from the yaml nodes,
 * severities from the rule and the config (per-path overrides included), fingerprints that survive edits elsewhere
 * in the file because they are built from the manifest and the field path, never from the line number. Last, each
 * file's `predator-guard-ignore…` comments drop the findings they name; stale ones become unused-suppression.
 * The pre-merge dry run's findings (`dryRun`, absent when it did not run) are on the same manifests, so the same
 * comments apply to them, in the same pass: a directive is stale only if it matched neither.
 */
export function lintManifests(
  manifests: readonly Manifest[],
  rules: readonly LintRule[],
  config: Pick<Config, 'rules' | 'overrides'>,
  objects: readonly ReferencedObject[] = [],
  dryRun?: readonly Finding[],
): Finding[] {
  const context = { templates: indexTemplates(manifests), objects: indexObjects(objects), flagger: indexMetricTemplates(manifests) };
  const settingsFor = ruleSettingsResolver(config);
  const occurrences = new OccurrenceCounter();
  const findings: Finding[] = [];
  for (const manifest of manifests) {
    const settings = settingsFor(manifest.file);
    for (const rule of rules) {
      const configured = settings[rule.meta.id]?.severity;
      if (configured === 'off') continue;
      if (manifest.syntaxError && !rule.checksBrokenManifests) continue;
      for (const report of rule.check(manifest, context)) {
        const position = report.position ?? manifest.locate(report.path);
        const where = `${manifest.kind}/${manifest.name} ${fieldPathText(report.path)}`;
        const key = `${rule.meta.id}\0${manifest.file}\0${where}`;
        findings.push({
          analyzer: 'rollout',
          rule: rule.meta.id,
          category: rule.meta.category,
          severity: severityFor(rule.meta, configured, report.severity),
          message: report.message,
          file: manifest.file,
          ...position,
          ...(report.suggestion ? { suggestion: report.suggestion } : {}),
          fingerprint: fingerprintOf(rule.meta.id, manifest.file, where, occurrences.next(key)),
          data: { kind: manifest.kind, name: manifest.name, path: fieldPathText(report.path) },
        });
      }
    }
  }
  const suppressionsByFile = new Map<string, FileDirectives>(manifests.map((manifest) => [manifest.file, manifest.suppressions]));
  const dryRunRules = Object.keys(DRY_RUN_RULES);
  const knownRules = new Set([...rules.map((rule) => rule.meta.id), ...dryRunRules, unusedSuppression.meta.id]);
  return suppressLintFindings([...findings, ...(dryRun ?? [])], suppressionsByFile, knownRules, settingsFor, new Set(dryRun ? [] : dryRunRules));
}
