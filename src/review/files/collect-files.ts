import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { UsageError } from '../../core/config/usage-error.js';
import { detectLanguage } from '../languages/detect-language.js';
import { fileKind } from './read-source.js';
import { gitListing, linguistMarks, type GitListing } from './git-files.js';
import type { Language } from '../review-rule.js';

export interface CandidateFile {
  /** Repository-relative, `/`-separated. */
  file: string;
  absolute: string;
  language: Language;
  /** Bytes on disk, to share work between threads by size. */
  size: number;
}

export type SkipReason =
  | 'symlink-loop'
  | 'broken-symlink'
  | 'duplicate-symlink'
  | 'unreadable'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  /** A FIFO, socket or device: reading one could block forever. */
  | 'not-a-regular-file'
  /** The name's bytes are not UTF-8: it cannot be reported, filtered or fingerprinted faithfully. */
  | 'non-utf8-file-name'
  /** Reviewing the file threw, or the helper thread reviewing it died; the detail says how. */
  | 'review-failed'
  /** Inside git: tracked files .gitattributes marks generated or vendored, minified files, and files the config excludes. */
  | 'linguist-generated'
  | 'linguist-vendored'
  | 'minified'
  | 'excluded';

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  detail?: string;
}

export interface FileSelection {
  files: CandidateFile[];
  skipped: SkippedFile[];
}

/**
 * Folders that hold dependencies, build output or generated code. Outside git they are skipped while walking a
 * directory; inside git only untracked files in them are (what git tracks is the project's). Naming one explicitly
 * as a path still reviews it.
 */
const SKIPPED_FOLDERS = new Set([
  'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'third_party', 'third-party',
  '.git', '.hg', '.svn', '.venv', 'venv', '.tox', '.nox', '__pycache__', 'site-packages', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', 'dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.turbo', '.cache',
  '__generated__', 'generated',
]);
const MINIFIED = /\.min\.[cm]?js$/;
const GLOB_CHARS = /[*?[\]{}!]/;

export interface CollectOptions {
  root: string;
  paths: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
  /**
   * When set (a diff run), only these repository-relative files are collected, and the walk enters only folders
   * that hold one of them. The walk still decides, so .gitignore, skipped folders and include/exclude apply to a
   * changed file exactly as they would in a full review.
   */
  onlyFiles?: ReadonlySet<string>;
}

/**
 * Expands paths, directories and globs into the files to review. Inside a git work tree a directory holds what git
 * lists (tracked, plus untracked files not ignored), minus what `.gitattributes` marks generated or vendored and
 * minified files, and every reviewable file left out is accounted for in `skipped`. Outside git, directories are
 * walked honouring every .gitignore on the way down and skipping dependency and build folders by name; symlinks are
 * followed once, and a link back into its own ancestry is reported as a loop rather than walked forever.
 */
export function collectFiles(options: CollectOptions): FileSelection {
  const selection: FileSelection = { files: [], skipped: [] };
  const seenFiles = new Set<string>();
  const included = options.include.length > 0 ? picomatch([...options.include], { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : () => false;
  const relative = (absolute: string) => toPosix(path.relative(options.root, absolute)) || path.basename(absolute);
  const onlyFiles = options.onlyFiles;
  const foldersToEnter = onlyFiles ? ancestorFolders(onlyFiles) : undefined;

  /** `account`: the file came from git's listing, so leaving it out is said in `skipped` rather than silently. */
  const addFile = (absolute: string, size: number, explicit: boolean, account = false) => {
    const file = relative(absolute);
    const language = detectLanguage(file);
    if (!language || (onlyFiles && !onlyFiles.has(file))) return;
    if (!explicit) {
      const reason = MINIFIED.test(file) ? 'minified' : !included(file) ? 'not in include' : excluded(file) ? 'matches exclude' : undefined;
      if (reason !== undefined) {
        if (account) selection.skipped.push(reason === 'minified' ? { file, reason } : { file, reason: 'excluded', detail: `${reason} (config)` });
        return;
      }
    }
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      selection.skipped.push({ file, reason: 'broken-symlink' });
      return;
    }
    if (seenFiles.has(real)) {
      if (real !== absolute) selection.skipped.push({ file, reason: 'duplicate-symlink', detail: relative(real) });
      return;
    }
    seenFiles.add(real);
    selection.files.push({ file, absolute, language, size });
  };

  /** Git's file set where there is one, else a walk; `onFile` learns which, to account for what it leaves out. */
  const walk = (directory: string, layers: IgnoreLayer[], onFile: (absolute: string, size: number, fromGit: boolean) => void) => {
    const listing = gitListing(directory);
    if (listing) {
      listFromGit(directory, listing, {
        relative,
        skipped: selection.skipped,
        wanted: (absolute) => detectLanguage(absolute) !== undefined && (!onlyFiles || onlyFiles.has(relative(absolute))),
        onFile: (absolute, size) => onFile(absolute, size, true),
      });
      return;
    }
    walkDirectory(directory, layers, new Set([realpathSync(directory)]), {
      onFile: (absolute, size) => onFile(absolute, size, false),
      relative,
      skipped: selection.skipped,
      entersFolder: (folder) => !foldersToEnter || foldersToEnter.has(folder),
    });
  };

  for (const input of options.paths) {
    if (GLOB_CHARS.test(input)) {
      const before = selection.files.length;
      const matches = picomatch(toPosix(input), { dot: false });
      walk(options.root, [], (absolute, size, fromGit) => {
        if (matches(relative(absolute))) addFile(absolute, size, false, fromGit);
      });
      // In a diff run a glob matching no changed file is the normal case, not a typo.
      if (selection.files.length === before && !onlyFiles) {
        throw new UsageError(`The glob '${input}' matches no Python or TypeScript/JavaScript file under ${relative(options.root) === '' ? 'the repository' : options.root}. Check the pattern (globs are relative to the repository root).`);
      }
      continue;
    }
    const absolute = path.resolve(options.root, input);
    const stats = statOrUndefined(absolute);
    if (!stats) {
      throw new UsageError(`The path '${input}' does not exist. Pass files or directories that exist, relative to the current directory.`);
    }
    if (stats.isDirectory()) walk(absolute, ancestorGitignores(options.root, absolute), (file, size, fromGit) => addFile(file, size, false, fromGit));
    else if (stats.isFile()) addFile(absolute, stats.size, true);
    // Named on the command line, a FIFO would block the read forever: it is accounted for, never opened.
    else selection.skipped.push({ file: relative(absolute), reason: 'not-a-regular-file', detail: fileKind(stats) });
  }
  selection.files.sort((a, b) => a.file.localeCompare(b.file));
  // A diff run accounts for the changed files it could not review, not for odd entries beside them.
  if (onlyFiles) selection.skipped = selection.skipped.filter((skipped) => onlyFiles.has(skipped.file));
  return selection;
}

interface GitSink {
  relative: (absolute: string) => string;
  skipped: SkippedFile[];
  /** Takes an absolute path: a reviewable file the run wants (in a diff run, a changed one). */
  wanted: (absolute: string) => boolean;
  onFile: (absolute: string, size: number) => void;
}

/**
 * The files of git's listing, each accounted for: linguist-marked ones, odd entries (FIFOs, links to nowhere) and
 * names that are not UTF-8 go to `skipped`; a file deleted from the work tree but still in the index is gone, and a
 * submodule or a link to a folder is not a file.
 */
function listFromGit(directory: string, listing: GitListing, sink: GitSink): void {
  for (const { shown, bytes } of listing.nonUtf8) {
    const absolute = path.join(directory, shown);
    if (sink.wanted(absolute)) sink.skipped.push({ file: sink.relative(absolute), reason: 'non-utf8-file-name', detail: `the name's bytes are not UTF-8: ${escapeBytes(bytes)}` });
  }
  // An untracked dependency folder nobody ignored (a virtualenv made in CI, node_modules) is still not the project's.
  const dependency = (file: string) => listing.untracked.has(file) && file.split('/').slice(0, -1).some((folder) => SKIPPED_FOLDERS.has(folder));
  const files = listing.files.filter((file) => !dependency(file) && sink.wanted(path.join(directory, file)));
  const marks = linguistMarks(directory, files);
  for (const file of files.sort()) {
    const absolute = path.join(directory, file);
    const mark = marks.get(file);
    if (mark) {
      sink.skipped.push({ file: sink.relative(absolute), reason: mark.mark, detail: mark.detail });
      continue;
    }
    const stats = statOrUndefined(absolute);
    if (!stats) {
      const reason = brokenLinkReason(absolute);
      if (reason) sink.skipped.push({ file: sink.relative(absolute), reason });
      continue;
    }
    if (stats.isFile()) sink.onFile(absolute, stats.size);
    else if (!stats.isDirectory()) sink.skipped.push({ file: sink.relative(absolute), reason: 'not-a-regular-file', detail: fileKind(stats) });
  }
}

interface WalkSink {
  onFile: (absolute: string, size: number) => void;
  relative: (absolute: string) => string;
  skipped: SkippedFile[];
  /** Takes a repository-relative folder; false skips it without reading it. */
  entersFolder: (folder: string) => boolean;
}

function walkDirectory(directory: string, parentLayers: IgnoreLayer[], ancestors: ReadonlySet<string>, sink: WalkSink): void {
  const layers = withGitignore(directory, parentLayers);
  let entries: string[];
  try {
    entries = utf8Names(directory, readdirSync(directory, { encoding: 'buffer' }), sink).sort();
  } catch (error) {
    sink.skipped.push({ file: sink.relative(directory), reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code });
    return;
  }
  for (const name of entries) {
    const absolute = path.join(directory, name);
    const stats = statOrUndefined(absolute);
    if (!stats) {
      const reason = brokenLinkReason(absolute);
      if (reason) sink.skipped.push({ file: sink.relative(absolute), reason });
      continue;
    }
    if (isIgnored(layers, absolute, stats.isDirectory())) continue;
    if (stats.isFile()) {
      sink.onFile(absolute, stats.size);
      continue;
    }
    if (!stats.isDirectory()) {
      // FIFOs, sockets and devices are never opened (a FIFO blocks the read); one with a source file's name is listed.
      if (detectLanguage(name)) sink.skipped.push({ file: sink.relative(absolute), reason: 'not-a-regular-file', detail: fileKind(stats) });
      continue;
    }
    if (!stats.isDirectory() || SKIPPED_FOLDERS.has(name) || !sink.entersFolder(sink.relative(absolute))) continue;
    const real = realpathSync(absolute);
    if (ancestors.has(real)) {
      sink.skipped.push({ file: sink.relative(absolute), reason: 'symlink-loop', detail: `links back to ${sink.relative(real)}` });
      continue;
    }
    walkDirectory(absolute, layers, new Set([...ancestors, real]), sink);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The names of a folder's entries that are UTF-8. Node decodes other names lossily, and the lossy name then opens
 * nothing, so it would look like a broken link: such an entry is listed with its own reason and its bytes instead.
 */
function utf8Names(directory: string, names: readonly Buffer[], sink: WalkSink): string[] {
  const decoded: string[] = [];
  for (const name of names) {
    try {
      decoded.push(strictUtf8.decode(name));
    } catch {
      const shown = name.toString('utf8');
      sink.skipped.push({ file: sink.relative(path.join(directory, shown)), reason: 'non-utf8-file-name', detail: `the name's bytes are not UTF-8: ${escapeBytes(name)}` });
    }
  }
  return decoded;
}

/** Printable ASCII as is, every other byte as \xNN: what the name is on disk, safe to print anywhere. */
export function escapeBytes(bytes: Uint8Array): string {
  return [...bytes].map((byte) => (byte >= 0x20 && byte < 0x7f && byte !== 0x5c ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`)).join('');
}

/** `a/b/c.py` → `a`, `a/b`: the folders a walk must enter to reach the files. */
function ancestorFolders(files: ReadonlySet<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) folders.add(file.slice(0, slash));
  }
  return folders;
}

/** A .gitignore applies to paths relative to the folder it sits in. */
interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

function withGitignore(directory: string, layers: IgnoreLayer[]): IgnoreLayer[] {
  let text: string;
  try {
    text = readFileSync(path.join(directory, '.gitignore'), 'utf8');
  } catch {
    return layers;
  }
  return [...layers, { base: directory, rules: ignore().add(text) }];
}

/** The .gitignore files between the repository root and a directory named on the command line. */
function ancestorGitignores(root: string, directory: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  const relativeDirectory = path.relative(root, directory);
  if (relativeDirectory.startsWith('..') || path.isAbsolute(relativeDirectory)) return layers;
  let current = root;
  const parts = relativeDirectory === '' ? [] : relativeDirectory.split(path.sep);
  for (const part of ['', ...parts.slice(0, -1)]) {
    current = part === '' ? current : path.join(current, part);
    layers.splice(0, layers.length, ...withGitignore(current, layers));
  }
  return layers;
}

function isIgnored(layers: readonly IgnoreLayer[], absolute: string, directory: boolean): boolean {
  for (const layer of layers) {
    const relativePath = toPosix(path.relative(layer.base, absolute));
    if (relativePath === '' || relativePath.startsWith('..')) continue;
    if (layer.rules.ignores(directory ? `${relativePath}/` : relativePath)) return true;
  }
  return false;
}

/** A link to itself (or a ring of links) fails with ELOOP; anything else dangling is simply broken. */
function brokenLinkReason(absolute: string): SkipReason | undefined {
  try {
    if (!lstatSync(absolute).isSymbolicLink()) return undefined;
    statSync(absolute);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink-loop' : 'broken-symlink';
  }
}

function statOrUndefined(absolute: string): Stats | undefined {
  try {
    return statSync(absolute);
  } catch {
    return undefined;
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
