import type { Node } from 'libpg-query';
import { type IndexCandidate } from './index-candidate.js';
/**
 * The btree index each table of a statement would want, from the parse tree alone: equality keys (literals and
 * parameters; join keys for a table without them), then at most one range key, then the ORDER BY keys when a LIMIT
 * can stop on them. A table with nothing an index could serve gets no candidate; whether one is worth it is for the
 * catalog and the planner to say.
 */
export declare function deriveCandidates(statement: Node): IndexCandidate[];
