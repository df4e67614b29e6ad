import type { ChangeSet } from '../changes.js';
import type { FilterMode } from '../config/choices.js';
import type { Finding } from '../finding.js';

/** How far `diff-context` reaches from an added line, as reviewdog's diff_context does by default. */
export const DIFF_CONTEXT_LINES = 3;

export interface FilterOutcome {
  kept: Finding[];
  filteredOut: number;
}

/**
 * Keeps the findings a change is responsible for. A finding counts as touched when any line of its construct
 * (`line`..`endLine`) was added, so a new eighth parameter on its own line flags the whole signature; a nested loop
 * also counts its outer loop's line (`data.outerLine`), so wrapping old code in a new loop flags the inner one.
 * Findings with no file (rollout verdicts, stale baseline entries) describe the run, not a line, and always stay.
 */
export function filterFindings(findings: readonly Finding[], changes: ChangeSet, mode: FilterMode): FilterOutcome {
  if (mode === 'nofilter') return { kept: [...findings], filteredOut: 0 };
  const kept = findings.filter((finding) => isKept(finding, changes, mode));
  return { kept, filteredOut: findings.length - kept.length };
}

function isKept(finding: Finding, changes: ChangeSet, mode: FilterMode): boolean {
  if (finding.file === undefined) return true;
  if (changes.wholeFiles) return true;
  const change = changes.files.get(finding.file);
  if (!change || change.status === 'removed') return false;
  // A file that does not parse has no other findings; hiding its one error would let broken code through. An edit of
  // a merged migration is about the change itself, even one that only removed lines.
  if (finding.rule === 'syntax-error' || finding.rule === 'migration-edited') return true;
  const added = change.addedLines;
  if (mode === 'file' || added === 'all' || finding.line === undefined) return true;
  const reach = mode === 'diff-context' ? DIFF_CONTEXT_LINES : 0;
  return touchedLines(finding, finding.line).some(([first, last]) => anyAdded(added, first - reach, last + reach));
}

/** The line ranges a finding stands for: its construct, and the outer loop of a nested loop. */
function touchedLines(finding: Finding, line: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [[line, Math.max(line, finding.endLine ?? line)]];
  const outerLine = finding.data?.outerLine;
  if (typeof outerLine === 'number') ranges.push([outerLine, outerLine]);
  return ranges;
}

function anyAdded(added: ReadonlySet<number>, first: number, last: number): boolean {
  // Walk whichever is shorter: a long loop body against a few added lines, or a one-line finding against many.
  if (last - first + 1 > added.size) return [...added].some((line) => line >= first && line <= last);
  for (let line = first; line <= last; line += 1) if (added.has(line)) return true;
  return false;
}

/**
 * The files worth reviewing when only changed lines can produce findings: the changed files that still exist.
 * Undefined when the review must cover everything under `paths` (nofilter, or a change set known to be incomplete).
 */
export function filesToReview(changes: ChangeSet, mode: FilterMode): ReadonlySet<string> | undefined {
  if (mode === 'nofilter' || changes.wholeFiles) return undefined;
  return new Set([...changes.files.values()].filter((change) => change.status !== 'removed').map((change) => change.file));
}

/**
 * Whether a change touched a file, under its current or its former name. A baseline entry for an untouched file
 * was not looked at in a diff run, so its finding being absent says nothing.
 */
export function touchesFile(changes: ChangeSet, file: string): boolean {
  if (changes.wholeFiles || changes.files.has(file)) return true;
  return [...changes.files.values()].some((change) => change.previousFile === file);
}
