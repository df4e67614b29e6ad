/** One statement of a SQL file, located for findings and refusals. */
export interface SqlStatement {
  file: string;
  /** The statement as written, from its first token to its last: no `;`, no comments before or after it. */
  sql: string;
  /** 1-based lines of its first and last token. */
  startLine: number;
  endLine: number;
  /** Its name from a `-- name: GetAuthor :one` (sqlc) or `-- name: get-author` (yesql) comment just before it, if any. */
  name?: string;
  /** sqlc's kind after the name (`one`, `many`, `exec`, …): set only when the name comment is sqlc's. */
  sqlcKind?: string;
  /** The statement as written, when its parameters were rewritten to `$n` in `sql` (params-style). */
  written?: string;
  /** The names of `$1`, `$2`, … when they were written as named parameters (`@author_id`, `%(id)s`, `:id`). */
  parameterNames?: string[];
}

/** `file:line` of a statement, the prefix of every message about it. */
export function statementLocation(statement: Pick<SqlStatement, 'file' | 'startLine'>): string {
  return `${statement.file}:${statement.startLine}`;
}
