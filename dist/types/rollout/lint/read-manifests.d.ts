import { type Manifest } from './manifest.js';
/**
 * Every Rollout, AnalysisTemplate and ClusterAnalysisTemplate in the given files; other kinds (Services,
 * Deployments, AnalysisRuns) are skipped. A YAML syntax error in a file that mentions argoproj.io is a UsageError
 * naming file:line:column, not a finding: template references are resolved across ALL manifests, so linting around a broken file would report
 * "template not found" for templates that are merely unreadable, and a partial lint must not pass the gate.
 */
export declare function readManifests(files: readonly string[], root: string): Manifest[];
export declare function readManifestFile(absolute: string, root: string): Manifest[];
export declare function parseManifests(text: string, file: string): Manifest[];
