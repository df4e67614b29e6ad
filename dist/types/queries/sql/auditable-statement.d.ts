import type { Node } from 'libpg-query';
import type { PgParser } from './pg-parser.js';
import { type StatementAccess } from './statement-access.js';
import { type SqlStatement } from './sql-statement.js';
/** A statement checked to be exactly one query or DML statement, with what the executor must know about it. */
export interface AuditableStatement extends SqlStatement {
    node: Node;
    access: StatementAccess;
    /** The highest `$n`; above 0 the plan is generic and estimate-only. */
    parameterCount: number;
}
/**
 * Checks one statement slot on its own, whatever produced it: the slot is parsed again, so text holding two
 * statements (`SELECT 1; COMMIT`) is refused here rather than trusted because a splitter made it.
 */
export declare function auditableStatement(parser: PgParser, statement: SqlStatement): AuditableStatement;
