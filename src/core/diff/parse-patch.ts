import type { ChangeSet, FileChange, FileChangeStatus } from '../changes.js';

/** `@@ -old[,count] +new[,count] @@`; an omitted count means 1. */
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * The line numbers (in the new file) that a one-file unified diff adds: the `patch` GitHub returns per file, or
 * the hunks of one `git diff` section. Lines are counted against the hunk header's counts, so text after a hunk (a
 * trailing newline, a context line whose leading space an editor stripped) is never mistaken for a change. A hunk
 * header that does not parse gives `all`: a patch we cannot read must not hide findings.
 */
export function addedLinesOfPatch(patch: string): ReadonlySet<number> | 'all' {
  const added = new Set<number>();
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of patch.split('\n')) {
    if (line.startsWith('@@')) {
      const header = HUNK_HEADER.exec(line);
      if (!header) return 'all';
      oldLeft = hunkCount(header[2]);
      newLine = Number(header[3]);
      newLeft = hunkCount(header[4]);
      continue;
    }
    if (oldLeft <= 0 && newLeft <= 0) continue;
    const marker = line[0];
    if (marker === '\\') continue; // "\ No newline at end of file" belongs to the line before it
    if (marker === '+') {
      added.add(newLine);
      newLine += 1;
      newLeft -= 1;
    } else if (marker === '-') {
      oldLeft -= 1;
    } else {
      newLine += 1;
      newLeft -= 1;
      oldLeft -= 1;
    }
  }
  return added;
}

function hunkCount(count: string | undefined): number {
  return count === undefined ? 1 : Number(count);
}

/**
 * A whole `git diff` (any number of files) as a change set. Names come from the most precise line git wrote:
 * `rename to`/`copy to`, then `+++`/`---`, then the `diff --git` header, which alone is ambiguous when a name holds
 * a space. Binary files have no lines to compare, so they count as changed throughout.
 */
export function parseUnifiedDiff(text: string): ChangeSet {
  const files = new Map<string, FileChange>();
  for (const section of fileSections(text)) {
    const change = parseFileSection(section);
    if (change) files.set(change.file, change);
  }
  return { files };
}

function fileSections(text: string): string[][] {
  const sections: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) sections.push([line]);
    else sections.at(-1)?.push(line);
  }
  return sections;
}

function parseFileSection(lines: readonly string[]): FileChange | undefined {
  const headerNames = splitGitHeader(lines[0].slice('diff --git '.length));
  let oldPath = headerNames && withoutPrefix(headerNames[0], 'a/');
  let newPath = headerNames && withoutPrefix(headerNames[1], 'b/');
  let status: FileChangeStatus = 'modified';
  let binary = false;
  let modeChanged = false;
  let index = 1;
  for (; index < lines.length && !lines[index].startsWith('@@'); index += 1) {
    const line = lines[index];
    if (line.startsWith('new file mode ')) status = 'added';
    else if (line.startsWith('deleted file mode ')) status = 'removed';
    else if (line.startsWith('old mode ')) modeChanged = true;
    else if (line.startsWith('rename from ') || line.startsWith('copy from ')) oldPath = unquoteGitPath(afterFirstWords(line, 2));
    else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      status = line.startsWith('rename') ? 'renamed' : 'copied';
      newPath = unquoteGitPath(afterFirstWords(line, 2));
    } else if (line.startsWith('--- ')) oldPath = patchPath(line, 'a/') ?? oldPath;
    else if (line.startsWith('+++ ')) newPath = patchPath(line, 'b/') ?? newPath;
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch') binary = true;
  }
  const file = status === 'removed' ? oldPath : newPath;
  if (!file) return undefined;
  const hunks = lines.slice(index).join('\n');
  if (status === 'modified' && modeChanged && hunks.trim() === '' && !binary) status = 'changed';
  const addedLines = status === 'removed' ? new Set<number>() : binary ? 'all' : addedLinesOfPatch(hunks);
  const moved = (status === 'renamed' || status === 'copied') && oldPath !== undefined;
  return moved ? { file, status, previousFile: oldPath, addedLines } : { file, status, addedLines };
}

/** `--- a/name` or `+++ b/name`; git ends a name holding a space with a tab, and writes /dev/null for no file. */
function patchPath(line: string, prefix: 'a/' | 'b/'): string | undefined {
  const raw = line.slice(4).replace(/\t$/, '');
  if (raw === '/dev/null') return undefined;
  return withoutPrefix(unquoteGitPath(raw), prefix);
}

function afterFirstWords(line: string, words: number): string {
  return line.split(' ').slice(words).join(' ');
}

function withoutPrefix(name: string, prefix: string): string {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/**
 * `a/<old> b/<new>` from a `diff --git` line, each name possibly quoted. Unquoted names may hold spaces, so when
 * neither is quoted the line is split where both halves name the same file, as `git apply` does.
 */
function splitGitHeader(names: string): [string, string] | undefined {
  if (names.startsWith('"')) {
    const end = closingQuote(names);
    if (end < 0) return undefined;
    return [unquoteGitPath(names.slice(0, end + 1)), unquoteGitPath(names.slice(end + 2))];
  }
  if (names.endsWith('"')) {
    const start = names.lastIndexOf(' "');
    if (start >= 0) return [names.slice(0, start), unquoteGitPath(names.slice(start + 1))];
  }
  const half = (names.length - 1) / 2;
  if (Number.isInteger(half) && names.slice(2, half) === names.slice(half + 3)) return [names.slice(0, half), names.slice(half + 1)];
  const split = names.indexOf(' b/');
  return split < 0 ? undefined : [names.slice(0, split), names.slice(split + 1)];
}

function closingQuote(text: string): number {
  for (let index = 1; index < text.length; index += 1) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === '"') return index;
  }
  return -1;
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Git quotes a path holding a quote, a backslash, a control character or (with core.quotePath, the default) any
 * non-ASCII byte: C escapes, with each byte of the UTF-8 name as a three-digit octal escape.
 */
export function unquoteGitPath(raw: string): string {
  if (raw.length < 2 || !raw.startsWith('"') || !raw.endsWith('"')) return raw;
  const bytes: number[] = [];
  for (let index = 1; index < raw.length - 1; index += 1) {
    const char = String.fromCodePoint(raw.codePointAt(index)!);
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      index += char.length - 1;
      continue;
    }
    const escaped = raw[index + 1];
    if (/^[0-7]{3}$/.test(raw.slice(index + 1, index + 4))) {
      bytes.push(parseInt(raw.slice(index + 1, index + 4), 8));
      index += 3;
      continue;
    }
    bytes.push(C_ESCAPES[escaped] ?? escaped.charCodeAt(0));
    index += 1;
  }
  return Buffer.from(bytes).toString('utf8');
}
