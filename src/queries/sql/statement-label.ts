/** What users call a statement, for messages: `COMMIT`, `CREATE INDEX CONCURRENTLY`, `ALTER TABLE`. */
export function statementLabel(type: string, fields: Record<string, unknown>): string {
  switch (type) {
    case 'TransactionStmt':
      return TRANSACTION_LABELS[String(fields.kind)] ?? 'transaction control';
    case 'VacuumStmt':
      return fields.is_vacuumcmd ? 'VACUUM' : 'ANALYZE';
    case 'IndexStmt':
      return fields.concurrent ? 'CREATE INDEX CONCURRENTLY' : 'CREATE INDEX';
    case 'VariableSetStmt':
      return fields.kind === 'VAR_RESET' || fields.kind === 'VAR_RESET_ALL' ? 'RESET' : 'SET';
    case 'SelectStmt':
      return fields.intoClause ? 'SELECT … INTO' : 'SELECT';
    default:
      return LABELS[type] ?? fromTypeName(type);
  }
}

const TRANSACTION_LABELS: Record<string, string> = {
  TRANS_STMT_BEGIN: 'BEGIN',
  TRANS_STMT_START: 'START TRANSACTION',
  TRANS_STMT_COMMIT: 'COMMIT',
  TRANS_STMT_ROLLBACK: 'ROLLBACK',
  TRANS_STMT_SAVEPOINT: 'SAVEPOINT',
  TRANS_STMT_RELEASE: 'RELEASE SAVEPOINT',
  TRANS_STMT_ROLLBACK_TO: 'ROLLBACK TO SAVEPOINT',
  TRANS_STMT_PREPARE: 'PREPARE TRANSACTION',
  TRANS_STMT_COMMIT_PREPARED: 'COMMIT PREPARED',
  TRANS_STMT_ROLLBACK_PREPARED: 'ROLLBACK PREPARED',
};

/** Node names that do not read as the SQL keyword once split into words. */
const LABELS: Record<string, string> = {
  CreateStmt: 'CREATE TABLE',
  CreateEnumStmt: 'CREATE TYPE',
  CompositeTypeStmt: 'CREATE TYPE',
  CreateRangeStmt: 'CREATE TYPE',
  AlterEnumStmt: 'ALTER TYPE',
  CreateFunctionStmt: 'CREATE FUNCTION',
  CreateSeqStmt: 'CREATE SEQUENCE',
  AlterSeqStmt: 'ALTER SEQUENCE',
  CreateTrigStmt: 'CREATE TRIGGER',
  RuleStmt: 'CREATE RULE',
  CommentStmt: 'COMMENT',
  CreateTableAsStmt: 'CREATE TABLE AS',
  ViewStmt: 'CREATE VIEW',
  DropStmt: 'DROP',
  CopyStmt: 'COPY',
  DoStmt: 'DO',
  CallStmt: 'CALL',
  ExplainStmt: 'EXPLAIN',
  RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
  DeclareCursorStmt: 'DECLARE CURSOR',
  VariableShowStmt: 'SHOW',
  InsertStmt: 'INSERT',
  UpdateStmt: 'UPDATE',
  DeleteStmt: 'DELETE',
  MergeStmt: 'MERGE',
};

/** `AlterTableStmt` → `ALTER TABLE`. */
function fromTypeName(type: string): string {
  return type
    .replace(/Stmt$/, '')
    .split(/(?=[A-Z])/)
    .join(' ')
    .toUpperCase();
}
