import type { FileChange } from '../core/changes.js';
import { lockedTable } from './locked-table.js';
import { outsideTransaction } from './measure/outside-transaction.js';
import { alterCommands, alteredTable, nameParts, tableKey, type MigrationStatement, type ParseNode } from './migration-statement.js';

/**
 * What the statements checked so far did that changes a rule's verdict, read from the SQL alone:
 * - the tables (and their indexes) created in the change being checked hold no one's rows yet, so locking them
 *   blocks nobody: creations carry over from file to file only between files the change adds (with a diff), and
 *   otherwise stay within their own file, since without a diff each migration runs against the ones before it;
 * - an explicit BEGIN not yet ended (CONCURRENTLY cannot run inside it);
 * - `SET lock_timeout` and `SET statement_timeout` earlier in the file (each migration runs in its own session);
 * - where the statement stands in its file, and what the change did to the file (added, or an edit of a merged one);
 * - CHECK (column IS NOT NULL) constraints validated earlier, which let SET NOT NULL skip its scan.
 */
export class SchemaState {
  private readonly newTables = new Set<string>();
  private readonly newIndexes = new Set<string>();
  private readonly notNullChecks = new Map<string, string>();
  private readonly validatedNotNull = new Set<string>();
  private transactionDepth = 0;
  private lockTimeout = false;
  private statementTimeout = false;
  private locks = 0;
  private statementIndex = 0;
  private statementCount = 0;
  private change: FileChange | undefined;
  private outsideTransaction: MigrationStatement | undefined;

  /**
   * Called before each file: `carriesOver` when it and the file before it are both added by the change; `file` gives
   * its statements and what the change did to it (none without a diff).
   */
  startFile(carriesOver: boolean, file: { statements: readonly MigrationStatement[]; change?: FileChange } = { statements: [] }): void {
    if (!carriesOver) {
      this.newTables.clear();
      this.newIndexes.clear();
    }
    this.transactionDepth = 0;
    this.lockTimeout = false;
    this.statementTimeout = false;
    this.locks = 0;
    this.statementIndex = 0;
    this.statementCount = file.statements.length;
    this.change = file.change;
    // The same list the measuring step uses to leave such statements out of its rolled-back transaction.
    this.outsideTransaction = file.statements.find((statement) => outsideTransaction(statement) !== undefined);
  }

  /**
   * The file's first statement that cannot run in a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, …): a
   * file holding one is run statement by statement, so a failure leaves the statements before it applied.
   */
  get runsOutsideTransaction(): MigrationStatement | undefined {
    return this.outsideTransaction;
  }

  /** What the change did to the current file: undefined without a diff, or when the change left the file alone. */
  get fileChange(): FileChange | undefined {
    return this.change;
  }

  /** The statements of the file before this one. */
  get statementsBeforeInFile(): number {
    return this.statementIndex;
  }

  /** Whether this is the file's last statement: nothing after it can fail and leave it applied. */
  get isLastInFile(): boolean {
    return this.statementIndex === this.statementCount - 1;
  }

  get statementTimeoutSet(): boolean {
    return this.statementTimeout;
  }

  /** Whether the table (a RangeVar) was created in the change being checked. */
  isNewTable(relation: unknown): boolean {
    return this.newTables.has(tableKey(relation));
  }

  /** Whether the index (a qualified name list) was created in the change being checked, on any table. */
  isNewIndex(names: unknown): boolean {
    const parts = nameParts(names);
    return this.newIndexes.has(parts.length > 1 ? parts.join('.') : `public.${parts[0]}`);
  }

  get inTransaction(): boolean {
    return this.transactionDepth > 0;
  }

  get lockTimeoutSet(): boolean {
    return this.lockTimeout;
  }

  /** Statements earlier in the file that locked a table holding data. */
  get locksBeforeInFile(): number {
    return this.locks;
  }

  /** Whether a validated CHECK (column IS NOT NULL) on the table lets SET NOT NULL skip scanning it (PostgreSQL 12+). */
  hasValidatedNotNullCheck(relation: unknown, column: string): boolean {
    return this.validatedNotNull.has(`${tableKey(relation)}.${column}`);
  }

  /** Records what a statement did, after the rules have judged it. */
  apply(statement: MigrationStatement): void {
    if (lockedTable(statement, this) !== undefined) this.locks += 1;
    this.statementIndex += 1;
    const node = statement.node;
    switch (statement.kind) {
      case 'CreateStmt':
      case 'CreateTableAsStmt':
        this.newTables.add(tableKey(statement.kind === 'CreateStmt' ? node.relation : (node.into as ParseNode | undefined)?.rel));
        break;
      case 'IndexStmt':
        if (this.isNewTable(node.relation) && typeof node.idxname === 'string') {
          this.newIndexes.add(`${(node.relation as { schemaname?: string }).schemaname ?? 'public'}.${node.idxname}`);
        }
        break;
      case 'TransactionStmt':
        this.applyTransaction(String(node.kind));
        break;
      case 'VariableSetStmt':
        if (node.name === 'lock_timeout') this.lockTimeout = node.kind !== 'VAR_RESET' && !isZero(node.args);
        if (node.name === 'statement_timeout') this.statementTimeout = node.kind !== 'VAR_RESET' && !isZero(node.args);
        break;
      case 'AlterTableStmt':
        this.applyAlterTable(statement);
        break;
      default:
    }
  }

  private applyTransaction(kind: string): void {
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') this.transactionDepth += 1;
    else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK') this.transactionDepth = 0;
  }

  private applyAlterTable(statement: MigrationStatement): void {
    const relation = alteredTable(statement);
    if (relation === undefined) return;
    for (const command of alterCommands(statement)) {
      const constraint = (command.def as { Constraint?: { contype?: string; conname?: string; raw_expr?: ParseNode; initially_valid?: boolean } } | undefined)?.Constraint;
      if (command.subtype === 'AT_AddConstraint' && constraint?.contype === 'CONSTR_CHECK') {
        const column = notNullColumn(constraint.raw_expr);
        if (column === undefined) continue;
        if (constraint.initially_valid) this.validatedNotNull.add(`${tableKey(relation)}.${column}`);
        else if (constraint.conname) this.notNullChecks.set(`${tableKey(relation)}.${constraint.conname}`, column);
      }
      if (command.subtype === 'AT_ValidateConstraint' && command.name) {
        const column = this.notNullChecks.get(`${tableKey(relation)}.${command.name}`);
        if (column !== undefined) this.validatedNotNull.add(`${tableKey(relation)}.${column}`);
      }
    }
  }
}

/** The column of a `column IS NOT NULL` expression, the CHECK PostgreSQL 12+ uses to skip SET NOT NULL's scan. */
function notNullColumn(expression: ParseNode | undefined): string | undefined {
  const test = expression?.NullTest as { nulltesttype?: string; arg?: { ColumnRef?: { fields?: unknown } } } | undefined;
  if (test?.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const parts = nameParts(test.arg?.ColumnRef?.fields);
  return parts.length === 1 ? parts[0] : undefined;
}

/** `SET lock_timeout = 0` (or statement_timeout) turns the timeout off. */
function isZero(args: unknown): boolean {
  const value = Array.isArray(args) ? (args[0] as { A_Const?: { ival?: { ival?: number }; sval?: { sval?: string } } })?.A_Const : undefined;
  if (!value) return false;
  if (value.ival !== undefined) return (value.ival.ival ?? 0) === 0;
  return value.sval?.sval !== undefined && /^0+\s*(ms|s|min)?$/i.test(value.sval.sval.trim());
}
