import { UsageError } from '../../../src/core/config/usage-error.js';
import { pgParser, type PgParser } from '../../../src/postgres/sql/pg-parser.js';
import { readSchemaFile } from '../../../src/postgres/schema/schema-file.js';
import { upMigration } from '../../../src/postgres/schema/up-migration.js';

let parser: PgParser;
beforeAll(async () => {
  parser = await pgParser();
});

describe('readSchemaFile', () => {
  it('reads a pg_dump script into statements, COPY steps with their rows, and extensions, at their own lines', () => {
    const text = [
      '\\restrict k3y',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      'CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;',
      'CREATE TABLE public."stdin" (id int, body text);',
      'COPY public."stdin" (id, body) FROM stdin;',
      '1\tone',
      '\\.',
      '\\unrestrict k3y',
    ].join('\n');
    const { steps } = readSchemaFile(parser, 'schema', 'dump.sql', text);
    expect(steps.map((step) => [step.kind, step.statement.startLine, step.statement.sql])).toEqual([
      ['sql', 2, "SELECT pg_catalog.set_config('search_path', '', false)"],
      ['extension', 3, 'CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public'],
      ['sql', 4, 'CREATE TABLE public."stdin" (id int, body text)'],
      ['copy', 5, 'COPY public."stdin" (id, body) FROM stdin'],
    ]);
    const [, extension, , copy] = steps;
    expect(extension.kind === 'extension' && extension.extension).toBe('uuid-ossp');
    if (copy.kind !== 'copy') throw new Error('expected a COPY step');
    expect(copy.data).toEqual({ line: 6, text: '1\tone\n' });
    // Only the keyword after FROM is swapped; the table named "stdin" stays.
    expect(copy.readingFile("/dev/it's")).toBe(`COPY public."stdin" (id, body) FROM '/dev/it''s'`);
  });

  it("reads pg_dump's CREATE SCHEMA public as IF NOT EXISTS, every database having it; never another schema", () => {
    const text = ['CREATE SCHEMA public;', 'CREATE SCHEMA "public" AUTHORIZATION app;', 'CREATE SCHEMA IF NOT EXISTS public;', 'CREATE SCHEMA billing;', 'CREATE SCHEMA public CREATE TABLE t (id int);'].join('\n');
    expect(readSchemaFile(parser, 'schema', 'dump.sql', text).steps.map((step) => step.statement.sql)).toEqual([
      'CREATE SCHEMA IF NOT EXISTS public',
      'CREATE SCHEMA IF NOT EXISTS "public" AUTHORIZATION app',
      'CREATE SCHEMA IF NOT EXISTS public',
      'CREATE SCHEMA billing',
      'CREATE SCHEMA public CREATE TABLE t (id int)',
    ]);
  });

  it('leaves a COPY from a file or to stdout as a statement', () => {
    const { steps } = readSchemaFile(parser, 'seed', 'seed.sql', "COPY t FROM '/tmp/x.csv';\nCOPY t TO stdout;\n");
    expect(steps.map((step) => step.kind)).toEqual(['sql', 'sql']);
  });

  it('refuses a meta-command that would include a file or run something, naming the file, line and fix', () => {
    expect(() => readSchemaFile(parser, 'schema', 'db/all.sql', 'CREATE TABLE a (id int);\n\\i db/other.sql\n')).toThrow(
      new UsageError("schema: db/all.sql:2: psql's \\i cannot be loaded. List the file it includes in schema instead (files load in migration order)."),
    );
    expect(() => readSchemaFile(parser, 'seed', 'seed.sql', "\\! rm -rf /\n")).toThrow(
      new UsageError("seed: seed.sql:1: psql's \\! cannot be loaded. Remove it: the loader reads SQL and pg_dump's psql commands (\\restrict, \\connect, \\set), and runs nothing outside the database."),
    );
  });
});

describe('upMigration', () => {
  it("keeps only dbmate's and goose's up part, blanking the rest so lines stay where they were", () => {
    const dbmate = '-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n';
    expect(upMigration(dbmate)).toBe('\nCREATE TABLE a (id int);\n\n\n\n');
    const goose = '-- +goose Up\n-- +goose StatementBegin\nCREATE TABLE b (id int);\n-- +goose StatementEnd\n-- +goose Down\nDROP TABLE b;';
    expect(upMigration(goose)).toBe('\n-- +goose StatementBegin\nCREATE TABLE b (id int);\n-- +goose StatementEnd\n\n');
    expect(upMigration('CREATE TABLE c (id int); -- migrate:down is only a comment here\n')).toBe('CREATE TABLE c (id int); -- migrate:down is only a comment here\n');
  });
});
