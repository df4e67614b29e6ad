import { checkSnippet } from '../helpers/migration-snippet.js';

/**
 * The examples squawk's rule pages document, one row each: squawk's verdict on it, the rule of ours that covers the
 * same hazard, and our verdict. Each snippet is checked alone, so a table it does not create holds data, as squawk
 * assumes. Where the verdicts differ the row says why; docs/migrations.md lists the same differences.
 */
interface Row {
  squawk: string;
  sql: string;
  squawkReports: boolean;
  rule: string;
  reports: boolean;
  differs?: string;
}

const ROWS: Row[] = [
  { squawk: 'adding-required-field', sql: 'ALTER TABLE "recipe" ADD COLUMN "public" boolean NOT NULL;', squawkReports: true, rule: 'add-required-column', reports: true },
  { squawk: 'adding-required-field', sql: 'ALTER TABLE "recipe" ADD COLUMN "public" boolean;', squawkReports: false, rule: 'add-required-column', reports: false },
  { squawk: 'adding-required-field', sql: 'ALTER TABLE "recipe" ADD COLUMN "public" boolean NOT NULL DEFAULT false;', squawkReports: false, rule: 'add-required-column', reports: false },
  { squawk: 'adding-field-with-default', sql: 'ALTER TABLE "core_recipe" ADD COLUMN "foo" integer DEFAULT 10 NOT NULL;', squawkReports: false, rule: 'volatile-column-default', reports: false },
  { squawk: 'adding-field-with-default', sql: 'ALTER TABLE "core_recipe" ADD COLUMN "foo" integer GENERATED ALWAYS as ("bar" + "baz") STORED;', squawkReports: true, rule: 'generated-column-rewrite', reports: true },
  { squawk: 'adding-foreign-key-constraint', sql: 'ALTER TABLE "email" ADD CONSTRAINT "fk_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id");', squawkReports: true, rule: 'constraint-without-not-valid', reports: true },
  { squawk: 'adding-foreign-key-constraint', sql: 'ALTER TABLE "email" ADD CONSTRAINT "fk_user" FOREIGN KEY ("user_id") REFERENCES "user" ("id") NOT VALID;\nALTER TABLE "email" VALIDATE CONSTRAINT "fk_user";', squawkReports: false, rule: 'constraint-without-not-valid', reports: false },
  { squawk: 'constraint-missing-not-valid', sql: 'ALTER TABLE "accounts" ADD CONSTRAINT "positive_balance" CHECK ("balance" >= 0);', squawkReports: true, rule: 'constraint-without-not-valid', reports: true },
  { squawk: 'constraint-missing-not-valid', sql: 'ALTER TABLE "accounts" ADD CONSTRAINT "positive_balance" CHECK ("balance" >= 0) NOT VALID;\nALTER TABLE accounts VALIDATE CONSTRAINT positive_balance;', squawkReports: false, rule: 'constraint-without-not-valid', reports: false },
  { squawk: 'adding-not-nullable-field', sql: 'ALTER TABLE "recipe" ALTER COLUMN "view_count" SET NOT NULL;', squawkReports: true, rule: 'set-not-null-scan', reports: true },
  { squawk: 'adding-not-nullable-field', sql: 'ALTER TABLE "recipe" ADD CONSTRAINT view_count_not_null CHECK ("view_count" IS NOT NULL) NOT VALID;\nALTER TABLE "recipe" VALIDATE CONSTRAINT view_count_not_null;\nALTER TABLE "recipe" ALTER COLUMN "view_count" SET NOT NULL;', squawkReports: true, rule: 'set-not-null-scan', reports: false, differs: 'the CHECK validated before it lets PostgreSQL 12+ skip the scan, which the schema state sees' },
  { squawk: 'adding-serial-primary-key-field', sql: 'ALTER TABLE account ADD PRIMARY KEY (id);', squawkReports: true, rule: 'unique-constraint-without-index', reports: true },
  { squawk: 'adding-serial-primary-key-field', sql: 'CREATE UNIQUE INDEX CONCURRENTLY account_pk_idx ON account (id);\nALTER TABLE account ADD CONSTRAINT account_pk PRIMARY KEY USING INDEX account_pk_idx;', squawkReports: false, rule: 'unique-constraint-without-index', reports: false },
  { squawk: 'disallowed-unique-constraint', sql: 'ALTER TABLE distributors ADD CONSTRAINT dist_id_uniq UNIQUE (dist_id);', squawkReports: true, rule: 'unique-constraint-without-index', reports: true },
  { squawk: 'disallowed-unique-constraint', sql: 'CREATE UNIQUE INDEX CONCURRENTLY dist_id_uniq ON distributors (dist_id);\nALTER TABLE distributors ADD CONSTRAINT distributors_dist_id_key UNIQUE USING INDEX dist_id_uniq;', squawkReports: false, rule: 'unique-constraint-without-index', reports: false },
  { squawk: 'ban-char-field', sql: 'CREATE TABLE "app_user" ("id" serial NOT NULL PRIMARY KEY, "name" char(100) NOT NULL, "email" character NOT NULL);', squawkReports: true, rule: 'char-column', reports: true },
  { squawk: 'ban-char-field', sql: 'CREATE TABLE "app_user" ("id" serial NOT NULL PRIMARY KEY, "name" varchar(100) NOT NULL, "email" TEXT NOT NULL);', squawkReports: false, rule: 'char-column', reports: false },
  { squawk: 'prefer-text-field', sql: 'CREATE TABLE "app_user" ("id" serial NOT NULL PRIMARY KEY, "email" varchar(100) NOT NULL);', squawkReports: true, rule: 'varchar-length', reports: true },
  { squawk: 'prefer-text-field', sql: 'CREATE TABLE "app_user" ("id" serial NOT NULL PRIMARY KEY, "email" TEXT NOT NULL);\nALTER TABLE "app_user" ADD CONSTRAINT "text_size" CHECK (LENGTH("email") <= 100);', squawkReports: false, rule: 'varchar-length', reports: false },
  { squawk: 'prefer-timestamptz', sql: 'create table app.users (created_ts timestamp, modified_ts timestamp without time zone);', squawkReports: true, rule: 'timestamp-without-time-zone', reports: true },
  { squawk: 'prefer-timestamptz', sql: 'alter table app.users alter column created_ts type timestamp, alter column modified_ts type timestamp without time zone;', squawkReports: true, rule: 'timestamp-without-time-zone', reports: true },
  { squawk: 'prefer-timestamptz', sql: 'create table app.users (created_ts timestamptz, modified_ts timestamptz);', squawkReports: false, rule: 'timestamp-without-time-zone', reports: false },
  { squawk: 'prefer-bigint-over-int', sql: 'CREATE TABLE posts (id serial primary key);', squawkReports: true, rule: 'int-key', reports: true },
  { squawk: 'prefer-bigint-over-int', sql: 'CREATE TABLE posts (id int primary key);', squawkReports: true, rule: 'int-key', reports: true },
  { squawk: 'prefer-bigint-over-int', sql: 'CREATE TABLE posts (id bigint primary key);', squawkReports: false, rule: 'int-key', reports: false },
  { squawk: 'prefer-bigint-over-int', sql: 'CREATE TABLE posts (id bigint primary key, views int);', squawkReports: true, rule: 'int-key', reports: false, differs: 'only keys run out and are expensive to widen; squawk reports every int column' },
  { squawk: 'prefer-bigint-over-smallint', sql: 'CREATE TABLE posts (id smallserial primary key);', squawkReports: true, rule: 'int-key', reports: true },
  { squawk: 'prefer-identity', sql: 'create table app.users (id bigserial);', squawkReports: true, rule: 'serial-column', reports: true },
  { squawk: 'prefer-identity', sql: 'create table app.users (id bigint generated by default as identity primary key);', squawkReports: false, rule: 'serial-column', reports: false },
  { squawk: 'require-statement-timeout', sql: 'alter table t add column c boolean;', squawkReports: true, rule: 'missing-statement-timeout', reports: true },
  { squawk: 'require-statement-timeout', sql: "set statement_timeout = '5s';\nalter table t add column c boolean;", squawkReports: false, rule: 'missing-statement-timeout', reports: false },
  { squawk: 'require-lock-timeout', sql: 'alter table t add column c boolean;', squawkReports: true, rule: 'missing-lock-timeout', reports: true },
  { squawk: 'require-lock-timeout', sql: "set lock_timeout = '1s';\nalter table t add column c boolean;", squawkReports: false, rule: 'missing-lock-timeout', reports: false },
  { squawk: 'require-timeout-settings', sql: "set lock_timeout = '1s';\nset statement_timeout = '5s';\nalter table t add column c boolean;", squawkReports: false, rule: 'missing-statement-timeout', reports: false },
  { squawk: 'prefer-robust-stmts', sql: 'ALTER TABLE "app_user" ADD COLUMN "email" integer NULL;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS "email_idx" ON "app_user" ("email");', squawkReports: true, rule: 'non-idempotent-statement', reports: true },
  { squawk: 'prefer-robust-stmts', sql: 'ALTER TABLE "app_user" ADD COLUMN IF NOT EXISTS "email" integer NULL;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS "email_idx" ON "app_user" ("email");', squawkReports: false, rule: 'non-idempotent-statement', reports: false },
  { squawk: 'prefer-robust-stmts', sql: 'CREATE TABLE "foo_tbl" ("id" serial NOT NULL PRIMARY KEY, "created" timestamp with time zone NOT NULL);\nALTER TABLE "app_user" ADD COLUMN "email" integer NULL;', squawkReports: true, rule: 'non-idempotent-statement', reports: false, differs: 'the file can run in one transaction (tools wrap it, or send it as one query), so a failure undoes all of it' },
  { squawk: 'ban-drop-not-null', sql: 'ALTER TABLE "bar_tbl" ALTER COLUMN "foo_col" DROP NOT NULL;', squawkReports: true, rule: 'drop-not-null', reports: true },
  { squawk: 'ban-create-domain-with-constraint', sql: 'CREATE DOMAIN domain_name_3 AS NUMERIC(15,5) CHECK (value > 0);', squawkReports: true, rule: 'domain-constraint', reports: true },
  { squawk: 'ban-create-domain-with-constraint', sql: 'CREATE DOMAIN domain_name_1 AS TEXT;', squawkReports: false, rule: 'domain-constraint', reports: false },
  { squawk: 'ban-alter-domain-with-add-constraint', sql: "ALTER DOMAIN domain_name ADD CONSTRAINT constraint_name CHECK (value > 'b');", squawkReports: true, rule: 'domain-constraint', reports: true },
  { squawk: 'ban-truncate-cascade', sql: 'truncate a cascade;', squawkReports: true, rule: 'truncate-cascade', reports: true },
  { squawk: 'ban-truncate-cascade', sql: 'truncate a, b;', squawkReports: false, rule: 'truncate-cascade', reports: false },
  { squawk: 'ban-uncommitted-transaction', sql: 'begin;\ncreate table users (id bigint);', squawkReports: true, rule: 'uncommitted-transaction', reports: true },
  { squawk: 'ban-uncommitted-transaction', sql: 'begin;\ncreate table users (id bigint);\ncommit;', squawkReports: false, rule: 'uncommitted-transaction', reports: false },
  { squawk: 'ban-concurrent-index-creation-in-transaction', sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY "email_idx" ON "app_user" ("email");\nCOMMIT;', squawkReports: true, rule: 'concurrently-in-transaction', reports: true },
  { squawk: 'ban-concurrent-index-creation-in-transaction', sql: 'BEGIN;\nCOMMIT;\nCREATE INDEX CONCURRENTLY "email_idx" ON "app_user" ("email");', squawkReports: false, rule: 'concurrently-in-transaction', reports: false },
  { squawk: 'require-concurrent-index-creation', sql: 'CREATE INDEX "email_idx" ON "app_user" ("email");', squawkReports: true, rule: 'non-concurrent-index', reports: true },
  { squawk: 'require-concurrent-index-creation', sql: 'CREATE INDEX CONCURRENTLY "email_idx" ON "app_user" ("email");', squawkReports: false, rule: 'non-concurrent-index', reports: false },
  { squawk: 'require-concurrent-index-deletion', sql: 'DROP INDEX "app"."email_idx";', squawkReports: true, rule: 'non-concurrent-drop-index', reports: true },
  { squawk: 'require-concurrent-index-deletion', sql: 'DROP INDEX CONCURRENTLY "app"."email_idx";', squawkReports: false, rule: 'non-concurrent-drop-index', reports: false },
  { squawk: 'require-concurrent-partition-detach', sql: 'ALTER TABLE t DETACH PARTITION p;', squawkReports: true, rule: 'non-concurrent-detach-partition', reports: true },
  { squawk: 'require-concurrent-partition-detach', sql: 'ALTER TABLE t DETACH PARTITION p CONCURRENTLY;', squawkReports: false, rule: 'non-concurrent-detach-partition', reports: false },
  { squawk: 'require-concurrent-reindex', sql: 'REINDEX TABLE foo;\nREINDEX INDEX foo_idx;', squawkReports: true, rule: 'non-concurrent-reindex', reports: true },
  { squawk: 'require-concurrent-reindex', sql: 'REINDEX TABLE CONCURRENTLY foo;\nREINDEX INDEX CONCURRENTLY foo_idx;', squawkReports: false, rule: 'non-concurrent-reindex', reports: false },
  { squawk: 'require-enum-value-ordering', sql: "ALTER TYPE status ADD VALUE 'pending_review';", squawkReports: true, rule: 'enum-value-without-position', reports: true },
  { squawk: 'require-enum-value-ordering', sql: "ALTER TYPE status ADD VALUE 'pending_review' BEFORE 'approved';", squawkReports: false, rule: 'enum-value-without-position', reports: false },
  { squawk: 'prefer-repack', sql: 'vacuum full t;', squawkReports: true, rule: 'vacuum-full', reports: true },
  { squawk: 'prefer-repack', sql: 'cluster t using t_pkey;', squawkReports: true, rule: 'vacuum-full', reports: true },
];

describe.each(ROWS.map((row) => [row.squawk, row.sql.split('\n')[0], row] as const))('squawk %s: %s', (_squawk, _first, row) => {
  it(`${row.reports ? 'reports' : 'stays quiet on'} ${row.rule}${row.differs ? ` (differs from squawk: ${row.differs})` : ''}`, async () => {
    const rules = (await checkSnippet({ 'm.sql': row.sql })).map((line) => line.split(' ')[1]);
    expect(rules.includes(row.rule)).toBe(row.reports);
    // A difference from squawk is always written down.
    expect(row.reports === row.squawkReports || row.differs !== undefined).toBe(true);
  });
});
