import { fileParameters, findParameters, readParameters, type ParamsStyle } from '../../../src/queries/sql/parameter-styles.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

/** Reads the parameters of each statement of one file, as readSqlFiles does: the sql sent, or the refusal. */
/** A statement with a name has sqlc's `:one` after it unless `yesql` (a `-- name: x` comment with no kind). */
function read(statements: { sql: string; name?: string; yesql?: boolean }[], style: ParamsStyle = 'auto'): string[] {
  const found = statements.map(({ sql, name, yesql }) => ({
    statement: { file: 'q.sql', sql, startLine: 1, endLine: 1, ...(name ? { name, ...(yesql ? {} : { sqlcKind: 'one' }) } : {}) },
    found: findParameters(parser, sql),
  }));
  const file = fileParameters(found);
  return found.map(({ statement, found: markers }) => {
    const result = readParameters(statement, markers, style, file);
    return 'refusal' in result ? `refused: ${result.refusal}` : `${result.statement.sql}${result.statement.parameterNames ? ` [${result.statement.parameterNames.join(', ')}]` : ''}`;
  });
}

describe('parameter styles', () => {
  it('rewrites sqlc parameters to $n, the same name to the same number, in a file sqlc writes for', () => {
    expect(
      read([
        { sql: 'DELETE FROM books WHERE book_id = @book_id', name: 'DeleteBook' },
        { sql: 'SELECT * FROM books WHERE author_id=@author_id AND (title = @title OR isbn = @title)', name: 'Find' },
        { sql: "UPDATE books SET title = sqlc.arg(title), isbn = sqlc.narg('isbn') WHERE book_id = sqlc.arg(id)", name: 'Update' },
        { sql: 'SELECT * FROM books WHERE book_id = ANY(sqlc.slice(ids))', name: 'Many' },
      ]),
    ).toEqual([
      'DELETE FROM books WHERE book_id = $1 [book_id]',
      'SELECT * FROM books WHERE author_id=$1 AND (title = $2 OR isbn = $2) [author_id, title]',
      'UPDATE books SET title = $1, isbn = $2 WHERE book_id = $3 [title, isbn, id]',
      'SELECT * FROM books WHERE book_id = ANY($1) [ids]',
    ]);
  });

  it('expands sqlc.embed(t) to t.* as sqlc does (bare, quoted or string name), beside parameters and whatever the style', () => {
    expect(
      read([
        { sql: 'SELECT sqlc.embed(users), sqlc.embed(p) FROM users JOIN pets p ON true', name: 'Both' },
        { sql: 'SELECT sqlc.embed(a), b.name FROM a JOIN b ON b.id = a.b_id WHERE a.id = sqlc.arg(id) AND a.x = @x', name: 'WithArgs' },
        { sql: 'SELECT sqlc.embed("Users") FROM "Users"', name: 'Quoted' },
        { sql: "SELECT SQLC.EMBED('t') FROM t", name: 'StringName' },
        { sql: "SELECT 'sqlc.embed(t)' /* sqlc.embed(t) */ FROM t", name: 'NotCode' },
      ]),
    ).toEqual([
      'SELECT users.*, p.* FROM users JOIN pets p ON true',
      'SELECT a.*, b.name FROM a JOIN b ON b.id = a.b_id WHERE a.id = $1 AND a.x = $2 [id, x]',
      'SELECT "Users".* FROM "Users"',
      'SELECT t.* FROM t',
      "SELECT 'sqlc.embed(t)' /* sqlc.embed(t) */ FROM t",
    ]);
    // An embed is no parameter style: beside $n it mixes nothing, and a file told it writes $n still has it expanded.
    expect(read([{ sql: 'SELECT sqlc.embed(t) FROM t WHERE id = $1' }])).toEqual(['SELECT t.* FROM t WHERE id = $1']);
    expect(read([{ sql: 'SELECT sqlc.embed(t) FROM t WHERE id = $1' }], 'postgres')).toEqual(['SELECT t.* FROM t WHERE id = $1']);
  });

  it('never reads @name as a parameter where it could be the @ operator, under auto', () => {
    expect(read([{ sql: 'DELETE FROM books WHERE book_id = @book_id' }])).toEqual([
      "refused: '@book_id' could be a sqlc @name / sqlc.arg(name) parameter or the @ (absolute value) operator, so it cannot be read for certain. Set params-style: sqlc if it is a parameter, or put a space after the operator",
    ]);
    expect(read([{ sql: 'SELECT * FROM shapes WHERE box <@other', name: 'Contained' }])).toEqual([
      "refused: '@other' could be a sqlc @name / sqlc.arg(name) parameter or the <@ operator, so it cannot be read for certain. Set params-style: sqlc if it is a parameter, or put a space after the operator",
    ]);
    expect(read([{ sql: 'DELETE FROM books WHERE book_id = @book_id' }], 'sqlc')).toEqual(['DELETE FROM books WHERE book_id = $1 [book_id]']);
    // A yesql name (`-- name: delete-book`, no `:kind`) names the statement but does not make the file sqlc's.
    expect(read([{ sql: 'DELETE FROM books WHERE book_id = @book_id', name: 'delete-book', yesql: true }])).toEqual([
      "refused: '@book_id' could be a sqlc @name / sqlc.arg(name) parameter or the @ (absolute value) operator, so it cannot be read for certain. Set params-style: sqlc if it is a parameter, or put a space after the operator",
    ]);
    // Told the file writes $n, `@x` is the operator it is in PostgreSQL.
    expect(read([{ sql: 'SELECT @balance FROM accounts WHERE id = $1' }], 'postgres')).toEqual(['SELECT @balance FROM accounts WHERE id = $1']);
  });

  it('rewrites psycopg and colon parameters, and leaves strings, comments, casts, slices and %% alone', () => {
    expect(read([{ sql: "SELECT '%s', a[1:n], b::text FROM t /* :x @y %s */ WHERE a = %s AND b LIKE 'x%%' AND c IN (%(c)s, %(c)s)" }])).toEqual([
      "SELECT '%s', a[1:n], b::text FROM t /* :x @y %s */ WHERE a = $1 AND b LIKE 'x%%' AND c IN ($2, $2) [c]",
    ]);
    expect(read([{ sql: 'SELECT * FROM t WHERE a = :a AND b > :b AND c = :a' }])).toEqual(['SELECT * FROM t WHERE a = $1 AND b > $2 AND c = $1 [a, b]']);
    expect(read([{ sql: 'SELECT * FROM t WHERE a = $2 AND b = $1' }])).toEqual(['SELECT * FROM t WHERE a = $2 AND b = $1']);
  });

  it('refuses a %s that could be the modulo operator under auto, and reads it when told', () => {
    expect(read([{ sql: 'SELECT * FROM t WHERE a %s = 0' }])).toEqual([
      "refused: '%s' could be a psycopg %s / %(name)s parameter or the % (modulo) operator, so it cannot be read for certain. Set params-style: psycopg if it is a parameter, or put a space after the operator",
    ]);
  });

  it('takes $n beside sqlc parameters in a file sqlc writes for, as sqlc does, but not both in one statement', () => {
    expect(
      read([
        { sql: 'SELECT * FROM books WHERE author_id = $1', name: 'ByAuthor' },
        { sql: 'SELECT * FROM books WHERE book_id = sqlc.arg (book_id)', name: 'ById' },
        { sql: 'SELECT * FROM books WHERE book_id = @book_id AND year = $1', name: 'Both' },
      ]),
    ).toEqual([
      'SELECT * FROM books WHERE author_id = $1',
      'SELECT * FROM books WHERE book_id = $1 [book_id]',
      'refused: it mixes parameter styles (sqlc @name / sqlc.arg(name), $n), which sqlc itself refuses in one statement. Write one style per statement',
    ]);
  });

  it('refuses every statement of a file that mixes styles under auto, even one with no parameter', () => {
    expect(read([{ sql: 'SELECT * FROM t WHERE a = $1' }, { sql: 'SELECT * FROM t WHERE a = :a' }, { sql: 'SELECT 1' }])).toEqual(
      Array(3).fill('refused: its file mixes parameter styles ($n, :name), so which is meant cannot be read for certain. Write one style per file, or set params-style'),
    );
  });
});
