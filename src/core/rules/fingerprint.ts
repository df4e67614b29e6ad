import { createHash } from 'node:crypto';

/**
 * Stable across edits elsewhere in the file: built from the rule, the file and the reported line's code with its
 * whitespace folded, never from the line number. Identical constructs in one file are told apart by their order.
 */
export function fingerprintOf(rule: string, file: string, code: string, occurrence: number): string {
  const normalised = code.trim().replace(/\s+/g, ' ');
  return createHash('sha256').update(`${rule}\0${file}\0${normalised}\0${occurrence}`).digest('hex').slice(0, 32);
}

/** Counts how often each (rule, file, code) key has been seen, so the nth identical construct gets index n. */
export class OccurrenceCounter {
  private readonly seen = new Map<string, number>();

  next(key: string): number {
    const count = this.seen.get(key) ?? 0;
    this.seen.set(key, count + 1);
    return count;
  }
}
