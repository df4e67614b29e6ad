import { execFileSync } from 'node:child_process';
import { isWellKnownLibrary } from './vendored-libraries.js';

/** Why a file git lists is not reviewed, from `.gitattributes`: what GitHub's linguist hides from diffs and stats. */
export type LinguistMark = 'linguist-generated' | 'linguist-vendored';

export interface GitListing {
  /** Paths relative to the listed directory, `/`-separated, as git prints them (UTF-8 names only). */
  files: string[];
  /** Those of `files` git does not track (untracked and not ignored). */
  untracked: Set<string>;
  /** Names whose bytes are not UTF-8: shown lossily, with the bytes for the reason's detail. */
  nonUtf8: { shown: string; bytes: Buffer }[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** A large monorepo lists hundreds of thousands of paths; the default 1 MB buffer would cut the listing. */
const MAX_BUFFER = 512 * 1024 * 1024;

function git(directory: string, args: readonly string[], input?: Buffer): Buffer | undefined {
  try {
    return execFileSync('git', ['-C', directory, ...args], { input, maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'ignore'] });
  } catch {
    // No git, not a work tree, or a repository git refuses to read (`safe.directory`): the caller walks instead.
    return undefined;
  }
}

/**
 * What git would show as the project under `directory`: tracked files plus untracked files that are not ignored
 * (`git ls-files -co --exclude-standard`, in two calls to tell them apart), so a file added with `git add -f` despite a `.gitignore` pattern is
 * reviewed, and build output nobody committed is not. Undefined outside a git work tree.
 */
export function gitListing(directory: string): GitListing | undefined {
  if (git(directory, ['rev-parse', '--is-inside-work-tree'])?.toString('utf8').trim() !== 'true') return undefined;
  const tracked = git(directory, ['ls-files', '-z', '--cached']);
  const others = git(directory, ['ls-files', '-z', '--others', '--exclude-standard']);
  if (!tracked || !others) return undefined;
  const listing: GitListing = { files: [], untracked: new Set(), nonUtf8: [] };
  const seen = new Set<string>();
  const trackedCount = splitNul(tracked).length;
  for (const [index, entry] of [...splitNul(tracked), ...splitNul(others)].entries()) {
    let name: string;
    try {
      name = strictUtf8.decode(entry);
    } catch {
      listing.nonUtf8.push({ shown: entry.toString('utf8'), bytes: entry });
      continue;
    }
    // A file with merge conflicts is listed once per stage.
    if (seen.has(name)) continue;
    seen.add(name);
    listing.files.push(name);
    if (index >= trackedCount) listing.untracked.add(name);
  }
  return listing;
}

/** A file git lists that the review leaves out, and what said so. */
export interface LinguistSkip {
  mark: LinguistMark;
  detail: string;
}

/**
 * The linguist marks on each of `files` (relative to `directory`), as GitHub reads them: `.gitattributes` marks a
 * file with a value of `set`/`true`, and `unset`/`false` keeps it; where it says nothing, a well-known library's
 * file name (`static/jquery.js`) is vendored, as linguist's own defaults have it.
 */
export function linguistMarks(directory: string, files: readonly string[]): Map<string, LinguistSkip> {
  const marks = new Map<string, LinguistSkip>();
  if (files.length === 0) return marks;
  const input = Buffer.from(`${files.join('\0')}\0`, 'utf8');
  const output = git(directory, ['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'], input);
  const keptVendored = new Set<string>();
  const fields = output ? splitNul(output).map((field) => field.toString('utf8')) : [];
  for (let index = 0; index + 2 < fields.length; index += 3) {
    const [file, attribute, value] = [fields[index], fields[index + 1], fields[index + 2]];
    if ((value === 'set' || value === 'true') && !marks.has(file)) marks.set(file, { mark: attribute as LinguistMark, detail: '.gitattributes' });
    if ((value === 'unset' || value === 'false') && attribute === 'linguist-vendored') keptVendored.add(file);
  }
  for (const file of files) {
    if (!marks.has(file) && !keptVendored.has(file) && isWellKnownLibrary(file)) {
      marks.set(file, { mark: 'linguist-vendored', detail: "a well-known library's file name" });
    }
  }
  return marks;
}

function splitNul(output: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = output.indexOf(0, start); at !== -1; at = output.indexOf(0, start)) {
    if (at > start) parts.push(output.subarray(start, at));
    start = at + 1;
  }
  if (start < output.length) parts.push(output.subarray(start));
  return parts;
}
