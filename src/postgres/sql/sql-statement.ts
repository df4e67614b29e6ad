/** One statement of a SQL file, located for findings and refusals. */
export interface SqlStatement {
  file: string;
  /** The statement as written, from its first token to its last: no `;`, no comments before or after it. */
  sql: string;
  /** 1-based lines of its first and last token. */
  startLine: number;
  endLine: number;
}

/** `file:line` of a statement, the prefix of every message about it. */
export function statementLocation(statement: Pick<SqlStatement, 'file' | 'startLine'>): string {
  return `${statement.file}:${statement.startLine}`;
}
