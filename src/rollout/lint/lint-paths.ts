import type { Config } from '../../core/config/config.js';
import type { Finding } from '../../core/finding.js';
import { rulesOf } from '../../core/rules/registry.js';
import { LINT_RULES } from '../meta.js';
import { findManifestFiles } from './find-manifest-files.js';
import { lintManifests } from './lint-manifests.js';
import { readManifests } from './read-manifests.js';

export interface LintOutcome {
  findings: Finding[];
  stats: { files: number; manifests: { Rollout: number; AnalysisTemplate: number; ClusterAnalysisTemplate: number } };
}

/** Reads every manifest under `config.paths` (so references resolve across the whole tree) and lints them all. */
export function lintPaths(config: Config): LintOutcome {
  const files = findManifestFiles(config);
  const manifests = readManifests(files, config.root);
  const counts = { Rollout: 0, AnalysisTemplate: 0, ClusterAnalysisTemplate: 0 };
  for (const manifest of manifests) counts[manifest.kind] += 1;
  return { findings: lintManifests(manifests, rulesOf(LINT_RULES), config), stats: { files: files.length, manifests: counts } };
}
