import type { PgParser } from './pg-parser.js';
import { sqlParseError } from './sql-parse-error.js';
import type { SqlStatement } from './sql-statement.js';
import { SourcePositions } from './source-positions.js';

/** Tokens that belong to no statement: comments around it and the `;` that ends it. */
const NOT_STATEMENT_TOKENS = new Set(['SQL_COMMENT', 'C_COMMENT', 'ASCII_59']);

/**
 * Splits a SQL file into its statements with PostgreSQL's own grammar, so semicolons inside strings, quoted
 * identifiers, comments and dollar-quoted bodies never split a statement. libpg-query gives each statement's byte
 * range (the first has no `stmt_location`, the last may have no `stmt_len`); the range includes the comments and
 * blank lines before it, so the scanner's tokens narrow it to the statement's own first and last token.
 */
export function splitSqlFile(parser: PgParser, file: string, text: string): SqlStatement[] {
  if (text.trim() === '') return [];
  let rawStatements;
  try {
    rawStatements = parser.parse(text).stmts ?? [];
  } catch (error) {
    throw sqlParseError(file, text, error);
  }
  if (rawStatements.length === 0) return [];
  const scanned = parser.scan(text).tokens ?? [];
  const tokens = scanned.filter((token) => !NOT_STATEMENT_TOKENS.has(token.tokenName));
  const comments = scanned.filter((token) => token.tokenName === 'SQL_COMMENT');
  const positions = new SourcePositions(text);
  const statements: SqlStatement[] = [];
  // Statements and tokens both come in text order, so one pass over the tokens serves every statement.
  let next = 0;
  let previousEnd = 0;
  for (const raw of rawStatements) {
    const startByte = raw.stmt_location ?? 0;
    const endByte = raw.stmt_len ? startByte + raw.stmt_len : Number.POSITIVE_INFINITY;
    while (next < tokens.length && tokens[next].start < startByte) next += 1;
    const first = next;
    while (next < tokens.length && tokens[next].end <= endByte) next += 1;
    if (next === first) continue;
    const startChar = positions.charIndex(tokens[first].start);
    const endChar = positions.charIndex(tokens[next - 1].end);
    const named = statementName(comments, previousEnd, tokens[first].start, positions);
    previousEnd = tokens[next - 1].end;
    statements.push({
      file,
      sql: positions.slice(startChar, endChar),
      startLine: positions.lineAndColumn(startChar).line,
      endLine: positions.lineAndColumn(endChar - 1).line,
      ...(named ? { name: named.name, ...(named.sqlcKind ? { sqlcKind: named.sqlcKind } : {}) } : {}),
    });
  }
  return statements;
}

/**
 * `-- name: GetAuthor :one` (sqlc, the kind after the name) or `-- name: get-subscriber` (yesql, goyesql, aiosql:
 * the name alone, often with dashes): the name the application calls the statement by. Only the sqlc form marks the
 * file as sqlc's; a name followed by anything but a `:kind` is no name comment (free text after `name:`).
 */
const NAME_COMMENT = /^--\s*name:\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*(?::([a-z]+)\b.*)?$/;

/** The last name comment between the previous statement's end and this one's first token. */
function statementName(
  comments: readonly { start: number; end: number }[],
  fromByte: number,
  toByte: number,
  positions: SourcePositions,
): { name: string; sqlcKind?: string } | undefined {
  let named: { name: string; sqlcKind?: string } | undefined;
  for (const comment of comments) {
    if (comment.start < fromByte || comment.end > toByte) continue;
    const commentText = positions.slice(positions.charIndex(comment.start), positions.charIndex(comment.end)).trimEnd();
    const match = NAME_COMMENT.exec(commentText);
    if (match) named = { name: match[1], ...(match[2] ? { sqlcKind: match[2] } : {}) };
  }
  return named;
}
