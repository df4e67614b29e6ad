import type { Node } from 'libpg-query';
import { someNode } from './walk-parse-tree.js';

export type StatementAccess = 'read-only' | 'writing';

/** Nodes that make a statement write rows, wherever they sit in it. */
const WRITING_NODES = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

/**
 * Writing statements need a read-write transaction (rolled back); everything else runs READ ONLY, so the server
 * itself refuses a write the parse tree cannot show (a volatile function that inserts, nextval(), dblink). A
 * data-modifying WITH is writing. SELECT … FOR UPDATE/SHARE is not: a read-write transaction would let everything
 * else in it write too, so it stays READ ONLY and is planned without ANALYZE (see locksRows).
 */
export function statementAccess(statement: Node): StatementAccess {
  return someNode(statement, (type) => WRITING_NODES.has(type)) ? 'writing' : 'read-only';
}

/** SELECT … FOR UPDATE/SHARE: PostgreSQL refuses to run it READ ONLY, so under ANALYZE it is only planned. */
export function locksRows(statement: Node): boolean {
  return someNode(statement, (type) => type === 'LockingClause');
}
