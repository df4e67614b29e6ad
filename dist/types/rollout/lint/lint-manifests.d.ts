import type { Config } from '../../core/config/config.js';
import type { Finding } from '../../core/finding.js';
import type { LintRule } from './lint-rule.js';
import { type Manifest } from './manifest.js';
/**
 * Runs every rule over every manifest and turns their reports into findings: positions from the yaml nodes,
 * severities from the rule and the config (per-path overrides included), fingerprints that survive edits elsewhere
 * in the file because they are built from the manifest and the field path, never from the line number. Last, each
 * file's `predator-guard-ignore…` comments drop the findings they name; stale ones become unused-suppression.
 */
export declare function lintManifests(manifests: readonly Manifest[], rules: readonly LintRule[], config: Pick<Config, 'rules' | 'overrides'>): Finding[];
