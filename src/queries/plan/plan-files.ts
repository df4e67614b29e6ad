import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../../core/config-error.js';

const GLOB_CHARS = /[*?[\]{}]/;
/** Dependency folders hold no plans of the user's; walking them for a `**` glob would cost seconds. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** A plan file: absolute for reading, repository-relative (`/`-separated) for findings. */
export interface PlanFile {
  absolute: string;
  file: string;
}

/**
 * Resolves the `plan` setting (files or globs relative to the root) to files, in name order. A file that does not
 * exist or a glob that matches nothing is a UsageError: a silently empty audit would pass the gate.
 */
export function resolvePlanFiles(root: string, entries: readonly string[]): PlanFile[] {
  const found = new Map<string, PlanFile>();
  for (const entry of entries) {
    const matches = GLOB_CHARS.test(entry) ? expandGlob(root, entry) : [existingFile(root, entry)];
    if (matches.length === 0) {
      throw new UsageError(`plan: the glob '${entry}' matches no file under ${root}. Give EXPLAIN (FORMAT JSON) files, e.g. --plan plans/slow-query.json or plan: ['plans/*.json'].`);
    }
    for (const absolute of matches) found.set(absolute, { absolute, file: path.relative(root, absolute).split(path.sep).join('/') });
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}

function existingFile(root: string, entry: string): string {
  const absolute = path.resolve(root, entry);
  if (!existsSync(absolute)) throw new UsageError(`plan: '${entry}' does not exist (looked for ${absolute}). Give the path of a saved EXPLAIN (FORMAT JSON) file, relative to the repository root.`);
  if (!statSync(absolute).isFile()) throw new UsageError(`plan: '${entry}' is a directory; give plan files or a glob such as '${entry.replace(/\/$/, '')}/*.json'.`);
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
