import type { Node } from 'libpg-query';
import { statementLabel } from './statement-label.js';

/** Why one statement cannot be audited, and what the user should do instead. */
export interface Refusal {
  label: string;
  reason: string;
  fix: string;
  /**
   * DDL that defines what queries use (CREATE TYPE/TABLE/FUNCTION…, ALTER, COMMENT): applied as schema on the
   * embedded database, which is the run's own, and left alone on a server.
   */
  schema?: boolean;
  /** Refused for what it may do rather than what it is: its parameters, or a function it calls. */
  kind?: 'parameters' | 'unsafe-function';
}

/**
 * Statements that only define schema objects. DROP, GRANT and the like are left out on purpose: they take something
 * away or change who may do what, which a query file has no business doing even to the run's own database.
 */
const SCHEMA_NODES = new Set([
  'CreateStmt', 'CreateEnumStmt', 'CompositeTypeStmt', 'CreateDomainStmt', 'CreateRangeStmt', 'DefineStmt', 'AlterTableStmt',
  'AlterEnumStmt', 'AlterDomainStmt', 'IndexStmt', 'ViewStmt', 'CreateFunctionStmt', 'CreateSeqStmt', 'AlterSeqStmt',
  'CreateSchemaStmt', 'CommentStmt', 'CreateTrigStmt', 'RuleStmt', 'CreateExtensionStmt', 'CreateCastStmt',
]);

/** The statements EXPLAIN plans without running anything else: queries and DML. */
const EXPLAINABLE = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

const KEEP_OUT_OF_QUERIES = "Keep schema changes in the 'schema' files and data in the 'seed' files, and audit only queries.";

/**
 * Decides whether a parsed statement may be wrapped in EXPLAIN inside the audit's BEGIN … ROLLBACK. Anything EXPLAIN
 * cannot plan would run for real (EXPLAIN does not accept it, and sent bare it executes), and transaction control
 * would end the transaction whose rollback is the audit's only safety net.
 */
export function refusalOf(statement: Node): Refusal | undefined {
  const [type, fields] = nodeEntry(statement);
  const label = statementLabel(type, fields);
  if (type === 'SelectStmt' && fields.intoClause) {
    return { label, reason: 'SELECT … INTO creates a table', fix: 'Drop the INTO clause to audit the query.' };
  }
  if (EXPLAINABLE.has(type)) return undefined;
  if (type === 'TransactionStmt') {
    return {
      label,
      reason: "transaction control would end or split the audit's own transaction, whose rollback undoes every audited statement",
      fix: 'Remove it: predator-guard wraps each statement in BEGIN … ROLLBACK itself.',
    };
  }
  if (type === 'ExplainStmt') {
    return { label, reason: 'predator-guard adds its own EXPLAIN with the options the audit needs', fix: 'Write the statement without EXPLAIN.' };
  }
  if (type === 'IndexStmt' && fields.concurrent) {
    return { label, reason: 'it cannot run inside a transaction block and EXPLAIN cannot plan it', fix: KEEP_OUT_OF_QUERIES };
  }
  if (SCHEMA_NODES.has(type)) {
    return { label, reason: 'it is DDL, which EXPLAIN cannot plan', fix: KEEP_OUT_OF_QUERIES, schema: true };
  }
  return {
    label,
    reason: 'EXPLAIN plans only SELECT, VALUES, TABLE, INSERT, UPDATE, DELETE and MERGE, and any other statement would run for real',
    fix: KEEP_OUT_OF_QUERIES,
  };
}

/** libpg-query's nodes are `{ TypeName: fields }` with exactly one key. */
export function nodeEntry(node: Node): [string, Record<string, unknown>] {
  const [entry] = Object.entries(node) as [string, Record<string, unknown>][];
  return entry;
}
