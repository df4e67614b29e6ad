import type { Finding } from '../core/finding.js';
import type { RuleSettings } from '../core/rules/settings.js';
import { DatabaseError, type PlanDatabase } from '../postgres/db/plan-database.js';
import { statementLocation, type SqlStatement } from '../postgres/sql/sql-statement.js';
import type { Refusal } from './sql/statement-refusal.js';
import { notAuditedFinding, sqlErrorFinding } from './statement-findings.js';

/**
 * duplicate_table, duplicate_object (a type, a constraint), duplicate_function, duplicate_schema: what a copy of
 * the schema's own DDL in a query file meets once the schema files are loaded.
 */
const ALREADY_EXISTS = new Set(['42P07', '42710', '42723', '42P06']);

/**
 * A statement refused before the database: DDL is applied as schema on the embedded database (the run's own, so
 * the queries after it can use what it defines) and never sent to a server; anything else is only reported.
 */
export async function refusedStatement(
  database: PlanDatabase,
  statement: SqlStatement,
  refusal: Refusal,
  rules: RuleSettings,
  schemaFiles: ReadonlySet<string> | undefined,
  log?: (line: string) => void,
): Promise<Finding | undefined> {
  if (refusal.kind) {
    return notAuditedFinding(statement, refusal.kind, `Not audited: ${refusal.reason}.${refusal.fix ? ` ${refusal.fix}` : ''}`, {}, rules);
  }
  if (!refusal.schema) {
    return notAuditedFinding(statement, 'not-explainable', `Not audited: ${refusal.label} cannot be explained: ${refusal.reason}. ${refusal.fix}`, { statement: refusal.label }, rules);
  }
  if (database.identity.kind === 'server') {
    return notAuditedFinding(
      statement,
      'schema-on-server',
      `Not audited: ${refusal.label} is DDL, and predator-guard never changes a server's schema. Apply it to the database with your migrations; on the embedded database it would be applied as schema.`,
      { statement: refusal.label },
      rules,
    );
  }
  if (schemaFiles?.has(statement.file)) {
    return notAuditedFinding(
      statement,
      'applied-as-schema',
      `Applied as schema, not audited: ${refusal.label} is DDL, which EXPLAIN cannot plan; ${statement.file} is a schema file too, so the embedded database loaded it before the audit.`,
      { statement: refusal.label },
      rules,
    );
  }
  log?.(`queries: applying ${refusal.label} at ${statementLocation(statement)} as schema`);
  try {
    await database.run(statement.sql);
  } catch (error) {
    if (!(error instanceof DatabaseError) || error.code === undefined) throw error;
    if (schemaFiles && schemaFiles.size > 0 && refusal.label.startsWith('CREATE') && ALREADY_EXISTS.has(error.code)) {
      return notAuditedFinding(
        statement,
        'applied-as-schema',
        `Applied as schema, not audited: ${refusal.label} is DDL, which EXPLAIN cannot plan, and what it creates is already there once the schema files are loaded (${error.message}): a copy of the schema beside the queries, as sqlc's layout keeps one, is not applied twice.`,
        { statement: refusal.label, sqlstate: error.code },
        rules,
      );
    }
    return sqlErrorFinding(statement, `The database refused this ${refusal.label}: ${error.message} (SQLSTATE ${error.code}). Fix the DDL, or move it to the 'schema' files in the order it needs.`, { sqlstate: error.code, serverMessage: error.message }, rules);
  }
  return notAuditedFinding(
    statement,
    'applied-as-schema',
    `Applied as schema, not audited: ${refusal.label} is DDL, which EXPLAIN cannot plan; the embedded database ran it so the statements after it can use what it defines. Keep schema in the 'schema' files to audit against a server too.`,
    { statement: refusal.label },
    rules,
  );
}
