import { compareFindings, type Finding } from '../../src/core/finding.js';
import { lintManifests } from '../../src/rollout/lint/lint-manifests.js';
import { parseManifestFile } from '../../src/rollout/lint/read-manifests.js';
import { rulesOf } from '../../src/core/rules/registry.js';
import { LINT_RULES } from '../../src/rollout/meta.js';

/**
 * Lints in-memory manifests (file name → YAML) with every rule, as the analyzer does, and lists the findings of one
 * rule (or all) as `file:line:column rule message`, in report order.
 */
export function lintSnippet(files: Record<string, string>, onlyRule?: string): string[] {
  const read = Object.entries(files).map(([file, text]) => parseManifestFile(text, file));
  return lintFindings(read.flatMap((file) => file.manifests), onlyRule, read.flatMap((file) => file.objects)).map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule} ${finding.message}`);
}

export function lintFindings(manifests: Parameters<typeof lintManifests>[0], onlyRule?: string, objects: Parameters<typeof lintManifests>[3] = []): Finding[] {
  return lintManifests(manifests, rulesOf(LINT_RULES), { rules: {}, overrides: [] }, objects)
    .filter((finding) => onlyRule === undefined || finding.rule === onlyRule)
    .sort(compareFindings);
}

/** Joins YAML lines, so a test shows its line numbers by position in the array (index + 1). */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
