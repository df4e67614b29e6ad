import { rulesOf } from '../../src/core/rules/registry.js';
import { checkMigrations } from '../../src/migrations/check-migrations.js';
import { STATIC_MIGRATION_RULES } from '../../src/migrations/meta.js';
import { readMigrationText } from '../../src/migrations/read-migrations.js';
import { pgParser } from '../../src/postgres/sql/pg-parser.js';

/**
 * Checks migration files given as text, in the order given, with every static rule and the default settings, as
 * `file:line:column rule message` lines: what the docs examples show and the rule tests compare.
 */
export async function checkSnippet(files: Record<string, string>, addedFiles: readonly string[] = []): Promise<string[]> {
  const parser = await pgParser();
  const migrations = Object.entries(files).map(([file, text]) => readMigrationText(parser, file, text));
  const changes = addedFiles.length > 0 ? { files: new Map(addedFiles.map((file) => [file, { file, status: 'added' as const, addedLines: 'all' as const }])) } : undefined;
  return checkMigrations(migrations, rulesOf(STATIC_MIGRATION_RULES), { rules: {}, overrides: [], changes }).map(
    (finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule} ${finding.message}`,
  );
}

/** One migration, `m.sql`, checked alone; only the lines of `rule`. */
export async function ruleLines(rule: string, sql: string): Promise<string[]> {
  return (await checkSnippet({ 'm.sql': sql })).filter((line) => line.split(' ')[1] === rule);
}

/** One migration, `m.sql`, checked alone: each of `rule`'s findings as its line and the machine fix it carries. */
export async function ruleFixes(rule: string, sql: string): Promise<{ line: number | undefined; fix: unknown }[]> {
  const parser = await pgParser();
  return checkMigrations([readMigrationText(parser, 'm.sql', sql)], rulesOf(STATIC_MIGRATION_RULES), { rules: {}, overrides: [] })
    .filter((finding) => finding.rule === rule)
    .map((finding) => ({ line: finding.line, fix: finding.data?.fix }));
}
