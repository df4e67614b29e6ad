import type { PgParser } from './pg-parser.js';
import type { SqlStatement } from './sql-statement.js';
/**
 * Splits a SQL file into its statements with PostgreSQL's own grammar, so semicolons inside strings, quoted
 * identifiers, comments and dollar-quoted bodies never split a statement. libpg-query gives each statement's byte
 * range (the first has no `stmt_location`, the last may have no `stmt_len`); the range includes the comments and
 * blank lines before it, so the scanner's tokens narrow it to the statement's own first and last token.
 */
export declare function splitSqlFile(parser: PgParser, file: string, text: string): SqlStatement[];
