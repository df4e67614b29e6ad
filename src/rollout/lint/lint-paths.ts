import type { Config } from '../../core/config/config.js';
import { UsageError } from '../../core/config/usage-error.js';
import type { Finding } from '../../core/finding.js';
import { rulesOf } from '../../core/rules/registry.js';
import { LINT_RULES } from '../meta.js';
import { findManifestFiles } from './find-manifest-files.js';
import { lintManifests } from './lint-manifests.js';
import { LINTED_KINDS, type LintedKind, type Manifest } from './manifest.js';
import { readManifests, type SkippedFile } from './read-manifests.js';
import type { ReferencedObject } from './referenced-objects.js';

export interface LintStats {
  files: number;
  manifests: Record<LintedKind, number>;
  skipped: SkippedFile[];
}

/** What the lint reads under `config.paths`: the manifests, the objects they may reference, and the counts. */
export interface LintTargets {
  manifests: Manifest[];
  objects: ReferencedObject[];
  stats: LintStats;
}

/**
 * Reads every manifest under `config.paths` (so references resolve across the whole tree). Paths that hold nothing
 * to lint are a usage error unless `allow-empty` is set: a mistyped path must not turn the check into a silent pass,
 * and it fails here, before the dry run reaches Prometheus or the cluster.
 */
export function readLintTargets(config: Config): LintTargets {
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
  return { manifests, objects, stats: { files: files.length, manifests: counts, skipped } };
}

/**
 * Lints what readLintTargets read. `dryRun` is the pre-merge dry run's findings on these manifests, when it ran:
 * the manifests' suppression comments apply to them too (lintManifests).
 */
export function lintTargets(targets: LintTargets, config: Config, dryRun?: readonly Finding[]): Finding[] {
  return lintManifests(targets.manifests, rulesOf(LINT_RULES), config, targets.objects, dryRun);
}
