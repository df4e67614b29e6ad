/**
 * Removes psql's framing around a pasted EXPLAIN (FORMAT JSON) result, line for line (framing lines are blanked,
 * never removed, so a node's line in the result is its line in the file). Every form psql prints is read: aligned
 * (border 0, 1 or 2, ASCII or Unicode lines, `+`/`↵` at the end of each continued line, with or without a space
 * before it), wrapped (`.`/`…` where a long line was cut), expanded (`-x`: `QUERY PLAN | …`), unaligned (`-A`),
 * tuples only (`-t`) and CSV (`--csv`). JSON itself never ends a line with `+` or begins one with `|`, so nothing
 * of the plan is lost.
 */
export function stripPsqlFraming(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const framed = lines.some(isHeader);
  if (framed && isCsv(lines)) return unCsv(lines);
  const stripped = lines.map((line) => (isFramingLine(line) ? '' : framed ? cellOf(line) : line)).map((line) => line.replace(/\s*(?:\+|↵)$/, ''));
  return joinWrapped(stripped).join('\n');
}

const BORDER = '[|│]';
const RULE_CHARS = /^[\s\-+=─━┼┌┐└┘├┤┬┴╞╡╪═]+$/;

function isHeader(line: string): boolean {
  return new RegExp(`^\\s*(?:${BORDER})?\\s*QUERY PLAN\\s*(?:${BORDER})?\\s*$`).test(line) || /^\s*QUERY PLAN\s*[|│]/.test(line);
}

function isFramingLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  return (
    new RegExp(`^(?:${BORDER})?\\s*QUERY PLAN\\s*(?:${BORDER})?$`).test(trimmed) ||
    RULE_CHARS.test(trimmed) ||
    /^[-─]\[ RECORD \d+ \][-─]*$/.test(trimmed) ||
    /^\(\d+ rows?\)$/.test(trimmed)
  );
}

/** The cell's text: without the expanded form's `QUERY PLAN |` or `|` prefix, or border 2's `|` on both sides. */
function cellOf(line: string): string {
  const expanded = /^(?:\s*QUERY PLAN\s*|\s+)[|│] ?(.*)$/.exec(line);
  if (expanded) return expanded[1];
  const bordered = /^[|│] ?(.*?)\s*[|│]$/.exec(line);
  return bordered ? bordered[1] : line;
}

/**
 * The wrapped format cuts a long line with `.` (or `…`) at its end and starts the rest with `.` (or `…`): the two
 * halves are joined on the first line and the second is blanked, so the line count stays the file's.
 */
function joinWrapped(lines: string[]): string[] {
  const joined = [...lines];
  for (let index = 0; index + 1 < joined.length; index += 1) {
    const current = joined[index];
    const next = joined[index + 1];
    const marker = /[.…]$/.exec(current)?.[0];
    if (!marker || !next.startsWith(marker)) continue;
    joined[index] = current.slice(0, -1) + next.slice(1);
    joined[index + 1] = '';
    index -= 1;
  }
  return joined;
}

/** `--csv`: a header line, then the plan as one quoted field with `""` for each `"`. */
function isCsv(lines: readonly string[]): boolean {
  const first = lines.findIndex((line) => line.trim() !== '');
  return lines[first]?.trim() === 'QUERY PLAN' && (lines[first + 1] ?? '').startsWith('"');
}

function unCsv(lines: readonly string[]): string {
  const first = lines.findIndex((line) => line.trim() !== '');
  const last = lines.findLastIndex((line) => line.trim() !== '');
  return lines
    .map((line, index) => {
      if (index <= first || index > last) return '';
      let cell = line;
      if (index === first + 1) cell = cell.replace(/^"/, '');
      if (index === last) cell = cell.replace(/"\s*$/, '');
      return cell.replace(/""/g, '"');
    })
    .join('\n');
}
