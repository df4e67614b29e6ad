import type { Node } from 'libpg-query';
import { nodesOfType } from './walk-parse-tree.js';

/**
 * How many values the statement's `$n` parameters need: the highest n, since PREPARE numbers them from $1 and
 * EXECUTE must pass one value per number. 0 means the statement has no parameters and can get a real plan.
 */
export function parameterCount(statement: Node): number {
  let highest = 0;
  for (const param of nodesOfType(statement, 'ParamRef')) {
    const number = typeof param.number === 'number' ? param.number : 0;
    highest = Math.max(highest, number);
  }
  return highest;
}
