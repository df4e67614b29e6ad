/**
 * A fix a finding can take without judgement: lines `startLine`…`endLine` (1-based) of the new file replaced by
 * `lines`, what a pull-request review's ```suggestion``` block holds. A rule that knows its fix says so in the
 * finding's `data.fix`; the review comments only check its form and place it.
 */
export interface MachineFix {
  startLine: number;
  endLine: number;
  lines: string[];
  /** What the reviewer must know before committing it (an import it needs, a transaction it cannot run in). */
  note?: string;
}

const MAX_FIX_LINES = 50;

/**
 * Whether `value` is a machine fix in form: whole lines (no line breaks in one), a range that starts where it
 * should, a short note. A saved report is data from the pull request's run, so its fixes are checked, not trusted.
 */
export function isMachineFix(value: unknown): value is MachineFix {
  if (typeof value !== 'object' || value === null) return false;
  const fix = value as Record<string, unknown>;
  const { startLine, endLine, lines, note } = fix;
  if (!Number.isInteger(startLine) || !Number.isInteger(endLine) || (startLine as number) < 1 || (endLine as number) < (startLine as number)) return false;
  if (!Array.isArray(lines) || lines.length > MAX_FIX_LINES || !lines.every((line) => typeof line === 'string' && !/[\r\n]/.test(line))) return false;
  return note === undefined || (typeof note === 'string' && note.length <= 500 && !/[\r\n]/.test(note));
}
