import type { Node } from 'libpg-query';
export type StatementAccess = 'read-only' | 'writing';
/**
 * Writing statements need a read-write transaction (rolled back); everything else runs READ ONLY, so the server
 * itself refuses a write the parse tree cannot show (a volatile function that inserts, nextval()). A data-modifying
 * WITH and SELECT … FOR UPDATE/SHARE count as writing: the first writes rows, the second locks them, and PostgreSQL
 * rejects both in a read-only transaction once they run.
 */
export declare function statementAccess(statement: Node): StatementAccess;
