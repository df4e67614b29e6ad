import type { Config } from '../../core/config/config.js';
import { UsageError } from '../../core/config/usage-error.js';
import type { Finding } from '../../core/finding.js';
import { rulesOf } from '../../core/rules/registry.js';
import { LINT_RULES } from '../meta.js';
import { findManifestFiles } from './find-manifest-files.js';
import { lintManifests } from './lint-manifests.js';
import { LINTED_KINDS, type LintedKind } from './manifest.js';
import { readManifests, type SkippedFile } from './read-manifests.js';

export interface LintOutcome {
  findings: Finding[];
  stats: { files: number; manifests: Record<LintedKind, number>; skipped: SkippedFile[] };
}

/**
 * Reads every manifest under `config.paths` (so references resolve across the whole tree) and lints them all.
 * Paths that hold nothing to lint are a usage error unless `allow-empty` is set: a mistyped path must not turn the
 * check into a silent pass.
 */
export function lintPaths(config: Config): LintOutcome {
  const files = findManifestFiles(config);
  const { manifests, skipped, objects } = readManifests(files, config.root);
  const counts = Object.fromEntries(LINTED_KINDS.map((kind) => [kind, 0])) as Record<LintedKind, number>;
  for (const manifest of manifests) counts[manifest.kind] += 1;
  if (manifests.length === 0 && config.settings['allow-empty'] !== true) {
    const read = `${files.length} YAML file${files.length === 1 ? '' : 's'} read`;
    const helm = skipped.length > 0 ? `, ${skipped.length} skipped as Helm/Go templates (first: ${skipped[0].file})` : '';
    throw new UsageError(
      `No ${LINTED_KINDS.join(', ')} manifest found under ${config.paths.join(', ')} (${read}${helm}). Pass the folder that holds the manifests, render templates first, or set allow-empty: true (--allow-empty, action input allow-empty) when an empty set is expected.`,
    );
  }
  return { findings: lintManifests(manifests, rulesOf(LINT_RULES), config, objects), stats: { files: files.length, manifests: counts, skipped } };
}
