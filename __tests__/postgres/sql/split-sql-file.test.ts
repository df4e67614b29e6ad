import { UsageError } from '../../../src/core/config/usage-error.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { splitSqlFile } from '../../../src/postgres/sql/split-sql-file.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

function located(text: string) {
  return splitSqlFile(parser, 'q.sql', text).map(({ sql, startLine, endLine }) => ({ sql, startLine, endLine }));
}

describe('splitSqlFile', () => {
  it('gives each statement its own text and line range, without the comments around it or its semicolon', () => {
    const text = ['-- the orders of one customer', 'SELECT *', '  FROM orders', ' WHERE customer_id = 7;', '', '/* then', '   the count */', 'SELECT count(*) FROM orders;', '-- trailing note', ''].join('\n');
    expect(located(text)).toEqual([
      { sql: 'SELECT *\n  FROM orders\n WHERE customer_id = 7', startLine: 2, endLine: 4 },
      { sql: 'SELECT count(*) FROM orders', startLine: 8, endLine: 8 },
    ]);
  });

  it("names a statement by sqlc's `-- name: X :kind` or yesql's `-- name: x-y`; free text after `name:` is no name", () => {
    const text = [
      '-- name: GetAuthor :one',
      'SELECT 1;',
      '-- name: get-subscriber',
      '-- gets one subscriber',
      'SELECT 2;',
      '-- name: the third query, unnamed',
      'SELECT 3;',
      '-- name:ListAll :many  -- trailing note',
      'SELECT 4;',
    ].join('\n');
    expect(splitSqlFile(parser, 'q.sql', text).map(({ sql, name, sqlcKind }) => ({ sql, name, sqlcKind }))).toEqual([
      { sql: 'SELECT 1', name: 'GetAuthor', sqlcKind: 'one' },
      { sql: 'SELECT 2', name: 'get-subscriber', sqlcKind: undefined },
      { sql: 'SELECT 3', name: undefined, sqlcKind: undefined },
      { sql: 'SELECT 4', name: 'ListAll', sqlcKind: 'many' },
    ]);
  });

  it('keeps a comment inside a statement, and a last statement with no semicolon', () => {
    expect(located('SELECT 1 /* inside */ + 2;\nSELECT 3')).toEqual([
      { sql: 'SELECT 1 /* inside */ + 2', startLine: 1, endLine: 1 },
      { sql: 'SELECT 3', startLine: 2, endLine: 2 },
    ]);
  });

  it('does not split at semicolons inside strings, quoted identifiers or dollar-quoted bodies', () => {
    const text = "SELECT 'a;b' AS \"x;y\";\nCREATE FUNCTION f() RETURNS int AS $body$\nBEGIN\n  RETURN 1;\nEND;\n$body$ LANGUAGE plpgsql;\nSELECT 2;";
    expect(located(text)).toEqual([
      { sql: 'SELECT \'a;b\' AS "x;y"', startLine: 1, endLine: 1 },
      { sql: 'CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN\n  RETURN 1;\nEND;\n$body$ LANGUAGE plpgsql', startLine: 2, endLine: 6 },
      { sql: 'SELECT 2', startLine: 7, endLine: 7 },
    ]);
  });

  it('counts CRLF and lone CR line ends once each', () => {
    expect(located('-- crlf\r\nSELECT 1\r\n  + 1;\r\n\r\nSELECT 2;\rSELECT 3;')).toEqual([
      { sql: 'SELECT 1\r\n  + 1', startLine: 2, endLine: 3 },
      { sql: 'SELECT 2', startLine: 5, endLine: 5 },
      { sql: 'SELECT 3', startLine: 6, endLine: 6 },
    ]);
  });

  it('converts the parser’s byte offsets to characters, so text after non-ASCII is cut right', () => {
    expect(located("SELECT 'héllo wörld';\nSELECT 'ок' AS naïve;")).toEqual([
      { sql: "SELECT 'héllo wörld'", startLine: 1, endLine: 1 },
      { sql: "SELECT 'ок' AS naïve", startLine: 2, endLine: 2 },
    ]);
  });

  it('skips empty statements and finds nothing in a file of comments or whitespace', () => {
    expect(located(';;SELECT 1;;')).toEqual([{ sql: 'SELECT 1', startLine: 1, endLine: 1 }]);
    expect(located('-- nothing yet\n/* still nothing */\n')).toEqual([]);
    expect(located('  \n\t')).toEqual([]);
  });

  it('names the file, line and column of SQL that does not parse', () => {
    const split = () => splitSqlFile(parser, 'reports/daily.sql', "SELECT 'é';\n  SELEC 2;");
    expect(split).toThrow(UsageError);
    expect(split).toThrow(
      'reports/daily.sql:2:3: the SQL does not parse: syntax error at or near "SELEC". Fix the statement so PostgreSQL accepts it and run again.',
    );
    expect(() => splitSqlFile(parser, 'a.sql', "SELECT 'open")).toThrow(
      'a.sql:1:8: the SQL does not parse: unterminated quoted string at or near "\'open". Fix the statement so PostgreSQL accepts it and run again.',
    );
  });
});
