import { copyFileSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { ChangeSet } from '../core/changes.js';
import { toList, type Config } from '../core/config/config.js';

/** Folders never copied: they are not the repository's files. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/** A base checkout larger than this many files is not walked further (the rest is left out, with a warning). */
const MOST_FILES_WALKED = 200_000;

/**
 * The data files the config names, besides the source files an analyzer reads by their extension: the queries
 * audit's SQL, schema, seed and saved-plan globs, and, when the rollout check lints, the YAML manifests under
 * `paths` (templates a Rollout refers to may be files the pull request did not change).
 */
export function configuredDataFiles(config: Config): (file: string) => boolean {
  const globs: string[] = [];
  if (config.checks.includes('queries')) {
    for (const key of ['queries', 'schema', 'seed', 'plan']) {
      const value = config.settings[key];
      if (typeof value === 'string' || Array.isArray(value)) globs.push(...toList(value as string | string[]));
    }
  }
  if (config.checks.includes('rollout')) {
    for (const root of config.paths) {
      const prefix = root.replace(/^\.\/?/, '').replace(/\/+$/, '');
      globs.push(prefix === '' ? '**/*.{yaml,yml}' : `${prefix}/**/*.{yaml,yml}`);
    }
  }
  if (globs.length === 0) return () => false;
  return picomatch(globs.map((glob) => glob.replace(/^\.\//, '')), { dot: true });
}

/**
 * Under pull_request_target the pull request's changed files come from its head (fetched as data); the files the
 * config names that it did not change are the same in the head as in the base, so they are copied from the base
 * checkout. Regular files only: a symbolic link is never followed out of the workspace. Returns how many were copied.
 */
export function copyUnchangedDataFiles(workspace: string, scratch: string, wanted: (file: string) => boolean, changes: ChangeSet, warn: (line: string) => void): number {
  const touched = new Set<string>();
  for (const change of changes.files.values()) {
    touched.add(change.file);
    if (change.previousFile !== undefined) touched.add(change.previousFile);
  }
  let copied = 0;
  let walked = 0;
  const walk = (folder: string, relative: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (walked >= MOST_FILES_WALKED) return;
      walked += 1;
      const file = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, file);
        continue;
      }
      if (!entry.isFile() || touched.has(file) || !wanted(file) || !lstatSync(full).isFile()) continue;
      const destination = path.join(scratch, ...file.split('/'));
      mkdirSync(path.dirname(destination), { recursive: true });
      copyFileSync(full, destination);
      copied += 1;
    }
  };
  walk(path.resolve(workspace), '');
  if (walked >= MOST_FILES_WALKED) warn(`The base checkout has more than ${MOST_FILES_WALKED} files; the data files the config names were looked for among the first ${MOST_FILES_WALKED} only.`);
  return copied;
}
