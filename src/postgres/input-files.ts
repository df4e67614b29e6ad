import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../core/config/usage-error.js';

const GLOB_CHARS = /[*?[\]{}]/;
/** Dependency folders hold no plans of the user's; walking them for a `**` glob would cost seconds. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** A plan file: absolute for reading, repository-relative (`/`-separated) for findings. */
export interface PlanFile {
  absolute: string;
  file: string;
}

/** What a setting lists, for the messages about it: `plan` lists saved plans, `queries` SQL files. */
export interface InputFileKind {
  setting: string;
  /** `EXPLAIN (FORMAT JSON) files` */
  what: string;
  /** `a saved EXPLAIN (FORMAT JSON) file` */
  one: string;
  /** `plan files`, for a directory given where files belong */
  noun: string;
  extension: string;
  example: string;
}

export const PLAN_FILE_KIND: InputFileKind = {
  setting: 'plan',
  what: 'EXPLAIN (FORMAT JSON) files',
  one: 'a saved EXPLAIN (FORMAT JSON) file',
  noun: 'plan files',
  extension: 'json',
  example: "--plan plans/slow-query.json or plan: ['plans/*.json']",
};

/**
 * Resolves the `plan` setting (files or globs relative to the root) to files, in name order. A file that does not
 * exist or a glob that matches nothing is a UsageError: a silently empty audit would pass the gate.
 */
export function resolvePlanFiles(root: string, entries: readonly string[]): PlanFile[] {
  return resolveInputFiles(root, entries, PLAN_FILE_KIND);
}

/** Resolves any file-list setting of the audit (`plan`, `queries`) the same way, naming the setting in errors. */
export function resolveInputFiles(root: string, entries: readonly string[], kind: InputFileKind): PlanFile[] {
  const found = new Map<string, PlanFile>();
  for (const entry of entries) {
    const matches = GLOB_CHARS.test(entry) ? expandGlob(root, entry) : [existingFile(root, entry, kind)];
    if (matches.length === 0) {
      throw new UsageError(`${kind.setting}: the glob '${entry}' matches no file under ${root}. Give ${kind.what}, e.g. ${kind.example}.`);
    }
    for (const absolute of matches) found.set(absolute, { absolute, file: path.relative(root, absolute).split(path.sep).join('/') });
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}

function existingFile(root: string, entry: string, kind: InputFileKind): string {
  const absolute = path.resolve(root, entry);
  if (!existsSync(absolute)) throw new UsageError(`${kind.setting}: '${entry}' does not exist (looked for ${absolute}). Give the path of ${kind.one}, relative to the repository root.`);
  if (!statSync(absolute).isFile()) throw new UsageError(`${kind.setting}: '${entry}' is a directory; give ${kind.noun} or a glob such as '${entry.replace(/\/$/, '')}/*.${kind.extension}'.`);
  return absolute;
}

function expandGlob(root: string, pattern: string): string[] {
  const matches = picomatch(pattern.replace(/^\.\//, ''), { dot: false });
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(absolute);
      else if (entry.isFile() && matches(path.relative(root, absolute).split(path.sep).join('/'))) files.push(absolute);
    }
  };
  walk(root);
  return files;
}
