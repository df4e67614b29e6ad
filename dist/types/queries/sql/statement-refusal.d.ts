import type { Node } from 'libpg-query';
/** Why one statement cannot be audited, and what the user should do instead. */
export interface Refusal {
    label: string;
    reason: string;
    fix: string;
}
/**
 * Decides whether a parsed statement may be wrapped in EXPLAIN inside the audit's BEGIN … ROLLBACK. Anything EXPLAIN
 * cannot plan would run for real (EXPLAIN does not accept it, and sent bare it executes), and transaction control
 * would end the transaction whose rollback is the audit's only safety net.
 */
export declare function refusalOf(statement: Node): Refusal | undefined;
/** libpg-query's nodes are `{ TypeName: fields }` with exactly one key. */
export declare function nodeEntry(node: Node): [string, Record<string, unknown>];
