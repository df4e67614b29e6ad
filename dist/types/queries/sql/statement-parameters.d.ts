import type { Node } from 'libpg-query';
/**
 * How many values the statement's `$n` parameters need: the highest n, since PREPARE numbers them from $1 and
 * EXECUTE must pass one value per number. 0 means the statement has no parameters and can get a real plan.
 */
export declare function parameterCount(statement: Node): number;
