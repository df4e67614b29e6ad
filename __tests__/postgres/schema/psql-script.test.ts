import { readPsqlScript } from '../../../src/postgres/schema/psql-script.js';

describe('readPsqlScript', () => {
  it('takes out meta-commands and COPY rows, keeping every other line where it was', () => {
    const script = [
      '\\restrict AbC123',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      'COPY public.notes (id, body) FROM stdin;',
      '1\thello\\tworld',
      '2\t\\N',
      '\\.',
      '\\connect app',
      'CREATE TABLE after_copy (id int);',
      '\\unrestrict AbC123',
    ].join('\n');
    const read = readPsqlScript(script);
    expect(read.sql.split('\n')).toEqual([
      '',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      'COPY public.notes (id, body) FROM stdin;',
      '',
      '',
      '',
      '',
      'CREATE TABLE after_copy (id int);',
      '',
    ]);
    expect(read.metaCommands).toEqual([
      { line: 1, name: 'restrict', argument: 'AbC123' },
      { line: 7, name: 'connect', argument: 'app' },
      { line: 9, name: 'unrestrict', argument: 'AbC123' },
    ]);
    expect(read.copyData).toEqual([{ line: 4, text: '1\thello\\tworld\n2\t\\N\n' }]);
  });

  it('reads a backslash at the start of a line inside a string, identifier, body or comment as text', () => {
    const script = [
      "INSERT INTO t VALUES ('first",
      "\\not a command');",
      'CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT',
      "\\x' $$ ' $body$;",
      "SELECT E'it''s \\' still,",
      '\\inside_the_escape_string\';',
      '/* outer /* nested */',
      '\\still_comment */ SELECT "a',
      '\\b";',
      '\\set ON_ERROR_STOP on',
    ].join('\n');
    const read = readPsqlScript(script);
    expect(read.metaCommands).toEqual([{ line: 10, name: 'set', argument: 'ON_ERROR_STOP on' }]);
    expect(read.sql.split('\n').slice(0, 9)).toEqual(script.split('\n').slice(0, 9));
    expect(read.copyData).toEqual([]);
  });

  it('finds COPY … FROM stdin only as a statement of its own, whatever the case, and the rows up to the end of the file', () => {
    const script = [
      "SELECT 'COPY x FROM stdin;';",
      'copy "stdin" (a) from STDIN with (format csv);',
      'a,"multi',
      'line"',
    ].join('\n');
    const read = readPsqlScript(script);
    expect(read.copyData).toEqual([{ line: 3, text: 'a,"multi\nline"\n' }]);
    expect(read.sql.split('\n')).toEqual([script.split('\n')[0], script.split('\n')[1], '', '']);
  });
});
