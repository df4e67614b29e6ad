import type { PgParser } from '../../postgres/sql/pg-parser.js';
import { parseFailure } from '../../postgres/sql/sql-parse-error.js';
import type { SqlStatement } from '../../postgres/sql/sql-statement.js';
import { SourcePositions } from '../../postgres/sql/source-positions.js';
import { splitSqlFile } from '../../postgres/sql/split-sql-file.js';
import { templatePlaceholder } from './template-placeholder.js';

/** A stretch of a file that does not parse: where the parser stopped and its message. */
export interface SqlParseFailure {
  file: string;
  sql: string;
  startLine: number;
  endLine: number;
  line: number;
  column: number;
  reason: string;
  /** A template placeholder in the stretch (template-placeholder.ts), where it stands in the file: then it is a template, not broken SQL. */
  placeholder?: { text: string; line: number; column: number };
}

export interface SplitResult {
  statements: SqlStatement[];
  failures: SqlParseFailure[];
}

/**
 * Splits a file with PostgreSQL's grammar; when the file does not parse as a whole (libpg-query then gives no
 * statement at all), it is cut at the scanner's top-level `;` tokens and each piece is split on its own, so one
 * broken statement costs only itself. Each piece is parsed in a copy of the file blanked outside it (line breaks
 * kept), so lines and columns stay the file's own.
 */
export function splitSqlTolerant(parser: PgParser, file: string, text: string): SplitResult {
  try {
    return { statements: splitSqlFile(parser, file, text), failures: [] };
  } catch {
    // Split piece by piece below; the whole-file error would name only the first problem.
  }
  const positions = new SourcePositions(text);
  const semicolons = (parser.scan(text).tokens ?? []).filter((token) => token.tokenName === 'ASCII_59').map((token) => positions.charIndex(token.end));
  const bounds = [0, ...semicolons, text.length];
  const result: SplitResult = { statements: [], failures: [] };
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const [start, end] = [bounds[index], bounds[index + 1]];
    if (text.slice(start, end).trim() === '') continue;
    const piece = blankOutside(text, start, end);
    try {
      result.statements.push(...splitSqlFile(parser, file, piece));
    } catch {
      result.failures.push(failureOf(file, text, piece, start, end, parserError(parser, piece)));
    }
  }
  return result;
}

/** The parser's own error for the piece (splitSqlFile wraps it in a message for a whole file). */
function parserError(parser: PgParser, piece: string): unknown {
  try {
    parser.parse(piece);
    return new Error('the scanner could not read it');
  } catch (error) {
    return error;
  }
}

function failureOf(file: string, text: string, piece: string, start: number, end: number, error: unknown): SqlParseFailure {
  const positions = new SourcePositions(text);
  const trimmedStart = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
  const sql = text.slice(trimmedStart, end).trim().replace(/;$/, '');
  const startLine = positions.lineAndColumn(trimmedStart).line;
  const endLine = positions.lineAndColumn(Math.max(trimmedStart, trimmedStart + sql.length - 1)).line;
  const { reason, position } = parseFailure(piece, error);
  const placeholder = templatePlaceholder(sql);
  return {
    file,
    sql,
    startLine,
    endLine,
    line: position?.line ?? startLine,
    column: position?.column ?? 1,
    reason,
    ...(placeholder ? { placeholder: { text: placeholder.text, ...positions.lineAndColumn(trimmedStart + placeholder.index) } } : {}),
  };
}

/** The text with everything outside [start, end) turned to spaces, line breaks kept. */
function blankOutside(text: string, start: number, end: number): string {
  const blank = (part: string) => part.replace(/[^\r\n]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}
