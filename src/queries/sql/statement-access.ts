import type { Node } from 'libpg-query';
import { someNode } from './walk-parse-tree.js';

export type StatementAccess = 'read-only' | 'writing';

/** Nodes that make a statement write rows or lock them, wherever they sit in it. */
const WRITING_NODES = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'LockingClause']);

/**
 * Writing statements need a read-write transaction (rolled back); everything else runs READ ONLY, so the server
 * itself refuses a write the parse tree cannot show (a volatile function that inserts, nextval()). A data-modifying
 * WITH and SELECT … FOR UPDATE/SHARE count as writing: the first writes rows, the second locks them, and PostgreSQL
 * rejects both in a read-only transaction once they run.
 */
export function statementAccess(statement: Node): StatementAccess {
  return someNode(statement, (type) => WRITING_NODES.has(type)) ? 'writing' : 'read-only';
}
