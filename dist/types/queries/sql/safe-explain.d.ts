import type { AuditableStatement } from './auditable-statement.js';
import type { PgParser } from './pg-parser.js';
/**
 * The statement inside `EXPLAIN (options) …`. The finished text is parsed again and must be one ExplainStmt whose
 * query is the audited statement, node for node: whatever the statement's text holds (a stray `;`, an unclosed
 * comment), nothing else can reach the server beside it.
 */
export declare function safeExplain(parser: PgParser, statement: AuditableStatement, options: readonly string[]): string;
/** `PREPARE name AS …`, checked the same way: one PrepareStmt of that name holding the audited statement. */
export declare function safePrepare(parser: PgParser, statement: AuditableStatement, name: string): string;
/**
 * `EXPLAIN (options) EXECUTE name(NULL, …)`: plans the prepared statement with one NULL per parameter. Only the
 * EXPLAIN form is ever built: a bare EXECUTE would run the statement.
 */
export declare function safeExplainExecute(parser: PgParser, statement: AuditableStatement, options: readonly string[], name: string): string;
