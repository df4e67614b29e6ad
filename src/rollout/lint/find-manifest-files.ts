import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../../core/config/usage-error.js';

/** YAML, and JSON (a YAML subset), which kubectl applies just the same. */
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
/** Dependency and VCS folders never hold the repository's own manifests. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor']);

export interface FindOptions {
  root: string;
  paths: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
}

/**
 * The YAML and JSON files under `paths`, as absolute paths in name order. A path named explicitly is read whatever its
 * extension; a missing path is a usage error rather than an empty, passing lint.
 */
export function findManifestFiles(options: FindOptions): string[] {
  const included = options.include.length > 0 ? picomatch([...options.include], { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : () => false;
  const wanted = (absolute: string) => {
    const relative = path.relative(options.root, absolute).split(path.sep).join('/');
    return included(relative) && !excluded(relative);
  };
  const found = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(absolute);
      else if (entry.isFile() && MANIFEST_FILE.test(entry.name) && wanted(absolute)) found.add(absolute);
    }
  };
  for (const given of options.paths) {
    const absolute = path.resolve(options.root, given);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      throw new UsageError(`Manifest path '${given}' does not exist (resolved to ${absolute}). Pass a YAML file or a folder of manifests, relative to ${options.root}.`);
    }
    if (isFolder) walk(absolute);
    else found.add(absolute);
  }
  return [...found].sort();
}
