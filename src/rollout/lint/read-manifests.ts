import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { UsageError } from '../../core/config/usage-error.js';
import { isRecord } from './plain-data.js';
import { LINTED_KINDS, manifestLocator, type LintedKind, type Manifest } from './manifest.js';
import { yamlDirectives, type FileDirectives } from './yaml-directives.js';

const ARGO_API_GROUP = 'argoproj.io/';

/**
 * Every Rollout, AnalysisTemplate and ClusterAnalysisTemplate in the given files; other kinds (Services,
 * Deployments, AnalysisRuns) are skipped. A YAML syntax error in a file that mentions argoproj.io is a UsageError
 * naming file:line:column, not a finding: template references are resolved across ALL manifests, so linting around a broken file would report
 * "template not found" for templates that are merely unreadable, and a partial lint must not pass the gate.
 */
export function readManifests(files: readonly string[], root: string): Manifest[] {
  return files.flatMap((absolute) => readManifestFile(absolute, root));
}

export function readManifestFile(absolute: string, root: string): Manifest[] {
  const file = path.relative(root, absolute).split(path.sep).join('/') || path.basename(absolute);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the manifest '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the path and its permissions.`);
  }
  return parseManifests(text, file);
}

export function parseManifests(text: string, file: string): Manifest[] {
  // Every linted kind has an argoproj.io apiVersion. A file that never mentions it (a workflow, a Helm chart of
  // something else) cannot hold one, so its YAML, valid or not, is not this lint's business.
  if (!text.includes(ARGO_API_GROUP)) return [];
  const lineCounter = new LineCounter();
  const manifests: Manifest[] = [];
  let suppressions: FileDirectives | undefined;
  for (const document of parseAllDocuments(text, { lineCounter })) {
    const [error] = document.errors;
    if (error) {
      const where = error.linePos?.[0] ?? { line: 1, col: 1 };
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      throw new UsageError(`${file}:${where.line}:${where.col}: YAML syntax error: ${reason}. Fix the YAML (a Helm or Kustomize template must be rendered first) or leave the file out of the lint paths.`);
    }
    const object: unknown = document.toJS();
    if (!isRecord(object)) continue;
    const kind = lintedKind(object);
    if (!kind) continue;
    const metadata = isRecord(object.metadata) ? object.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    // Once per file, however many documents it holds; a file with no linted kind never pays for it.
    suppressions ??= yamlDirectives(text);
    manifests.push({ file, kind, name, object, locate: manifestLocator(document, lineCounter), suppressions });
  }
  return manifests;
}

function lintedKind(object: Record<string, unknown>): LintedKind | undefined {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  if (!apiVersion.startsWith(ARGO_API_GROUP)) return undefined;
  return LINTED_KINDS.find((kind) => kind === object.kind);
}
