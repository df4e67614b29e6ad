import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { splitSqlTolerant } from '../../../src/queries/sql/split-sql-tolerant.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

describe('splitSqlTolerant', () => {
  it('splits a file that parses exactly as splitSqlFile does, with no failures', () => {
    expect(splitSqlTolerant(parser, 'q.sql', 'SELECT 1;\nSELECT 2;\n')).toEqual({
      statements: [
        { file: 'q.sql', sql: 'SELECT 1', startLine: 1, endLine: 1 },
        { file: 'q.sql', sql: 'SELECT 2', startLine: 2, endLine: 2 },
      ],
      failures: [],
    });
  });

  it('keeps the statements around a broken one, and places the failure where the parser stopped', () => {
    const text = ["-- name: GetOne :one\nSELECT 'a;b' AS x;", '', 'SELECT id FROM orders', '  WHERE;', "SELECT $$ ; $$, 'é' AS y;", 'SELEC 3;', ''].join('\n');
    expect(splitSqlTolerant(parser, 'q.sql', text)).toEqual({
      statements: [
        { file: 'q.sql', sql: "SELECT 'a;b' AS x", startLine: 2, endLine: 2, name: 'GetOne', sqlcKind: 'one' },
        { file: 'q.sql', sql: "SELECT $$ ; $$, 'é' AS y", startLine: 6, endLine: 6 },
      ],
      failures: [
        { file: 'q.sql', sql: 'SELECT id FROM orders\n  WHERE', startLine: 4, endLine: 5, line: 5, column: 8, reason: 'syntax error at or near ";"' },
        { file: 'q.sql', sql: 'SELEC 3', startLine: 7, endLine: 7, line: 7, column: 1, reason: 'syntax error at or near "SELEC"' },
      ],
    });
  });
});
