import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { UsageError } from '../../core/config/usage-error.js';
import { firstGoTemplateAction } from './go-template-syntax.js';
import { stringValueRanges } from './string-value-ranges.js';
import { isRecord } from './plain-data.js';
import { KIND_GROUPS, LINTED_KINDS, manifestLocator, type LintedKind, type Manifest } from './manifest.js';
import { MENTIONS_REFERENCED_KIND, objectFromDocument, type ReferencedObject } from './referenced-objects.js';
import { yamlDirectives, type FileDirectives } from './yaml-directives.js';

/** The API groups of every linted kind: a file that never mentions one cannot hold one. */
const LINTED_API_GROUPS = ['argoproj.io/', 'flagger.app/'];

/** A file read but not linted, and why (listed in the run's stats). */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ReadManifests {
  manifests: Manifest[];
  skipped: SkippedFile[];
  /** The Services, Ingresses, VirtualServices and DestinationRules of the files, for the reference rules. */
  objects: ReferencedObject[];
}

/**
 * Every Rollout, AnalysisTemplate and ClusterAnalysisTemplate in the given files; other kinds (Services,
 * Deployments, AnalysisRuns) are skipped, and so are files with Helm / Go template syntax, which are not the YAML
 * the cluster gets until rendered. One file never stops the others: see parseManifestFile.
 */
export function readManifests(files: readonly string[], root: string): ReadManifests {
  const manifests: Manifest[] = [];
  const skipped: SkippedFile[] = [];
  const objects: ReferencedObject[] = [];
  for (const absolute of files) {
    const read = readManifestFile(absolute, root);
    manifests.push(...read.manifests);
    skipped.push(...read.skipped);
    objects.push(...read.objects);
  }
  return { manifests, skipped, objects };
}

export function readManifestFile(absolute: string, root: string): ReadManifests {
  const file = path.relative(root, absolute).split(path.sep).join('/') || path.basename(absolute);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the manifest '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the path and its permissions.`);
  }
  return parseManifestFile(text, file);
}

/** The linted manifests of one file's text (see parseManifestFile), for callers that know the file is plain YAML. */
export function parseManifests(text: string, file: string): Manifest[] {
  return parseManifestFile(text, file).manifests;
}

/**
 * The linted manifests of one file. A document with a YAML error whose kind is a linted one (read from its
 * `kind:` line) comes back as a manifest carrying the error, which the manifest-yaml-error rule reports; it still
 * stands in the reference index under its name, so what refers to it is not told it does not exist. A broken
 * document of any other kind (an AnalysisRun, a Secret) is none of this lint's business and is dropped.
 */
export function parseManifestFile(text: string, file: string): ReadManifests {
  const linted = LINTED_API_GROUPS.some((group) => text.includes(group));
  // A file without an Argo kind is read only for the objects a Rollout may name, and never reported on.
  if (!linted && !MENTIONS_REFERENCED_KIND.test(text)) return { manifests: [], skipped: [], objects: [] };
  const lineCounter = new LineCounter();
  // logLevel error: an unquoted `{{args.x}}` key is a flow mapping used as a key, which the yaml package stringifies
  // with a warning on the process's stderr; the manifest is still read, and the output stays the report's.
  const documents = parseAllDocuments(text, { lineCounter, logLevel: 'error' });
  const list = Array.isArray(documents) ? documents : [];
  // Template syntax inside string values (notification messages, annotations) is text; only syntax elsewhere, or
  // syntax that breaks the YAML, makes the file a template to render first.
  const action = firstGoTemplateAction(text, text.includes('{{') ? stringValueRanges(list) : []);
  if (action) {
    if (!linted) return { manifests: [], skipped: [], objects: [] };
    return { manifests: [], skipped: [{ file, reason: `Helm/Go template syntax at line ${action.line} (${action.text}): render it first (helm template, kustomize build) and lint the output` }], objects: [] };
  }
  const objects: ReferencedObject[] = [];
  const manifests: Manifest[] = [];
  let suppressions: FileDirectives | undefined;
  const directives = () => (suppressions ??= yamlDirectives(text));
  for (const document of list) {
    const [error] = document.errors;
    if (error) {
      if (!linted) continue;
      const broken = brokenManifest(document, text, file, error, lineCounter);
      if (broken) manifests.push({ ...broken, suppressions: directives() });
      continue;
    }
    const object: unknown = document.toJS({ maxAliasCount: 100 });
    if (!isRecord(object)) continue;
    const kind = lintedKind(object);
    if (!kind) {
      const referenced = objectFromDocument(file, object);
      if (referenced) objects.push(referenced);
      continue;
    }
    const metadata = isRecord(object.metadata) ? object.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    manifests.push({ file, kind, name, object, locate: manifestLocator(document, lineCounter), suppressions: directives() });
  }
  return { manifests, skipped: [], objects };
}

function lintedKind(object: Record<string, unknown>): LintedKind | undefined {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const kind = LINTED_KINDS.find((candidate) => candidate === object.kind);
  return kind !== undefined && apiVersion.startsWith(`${KIND_GROUPS[kind]}/`) ? kind : undefined;
}

interface YamlError {
  message: string;
  linePos?: [{ line: number; col: number }, ...unknown[]];
}

/** The broken document as a manifest of its kind, when its top-level `kind:` and `apiVersion:` lines say it is linted. */
function brokenManifest(document: Document, text: string, file: string, error: YamlError, lineCounter: LineCounter): Omit<Manifest, 'suppressions'> | undefined {
  const [start, , end] = document.range ?? [0, 0, text.length];
  const source = text.slice(start, end);
  const kind = LINTED_KINDS.find((candidate) => new RegExp(`^kind:\\s*["']?${candidate}["']?\\s*(#.*)?$`, 'm').test(source));
  const apiVersion = /^apiVersion:\s*["']?([^\s"'#]+)/m.exec(source)?.[1] ?? '';
  if (!kind || !apiVersion.startsWith(`${KIND_GROUPS[kind]}/`)) return undefined;
  const name = /^ {2}name:\s*["']?([^\s"'#]+)/m.exec(source.slice(source.search(/^metadata:/m)))?.[1] ?? '';
  const where = error.linePos?.[0] ?? lineCounter.linePos(start);
  const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const position = { line: where.line, column: where.col, endLine: where.line, endColumn: where.col };
  return { file, kind, name, object: {}, locate: () => position, syntaxError: { message: reason, ...position } };
}
