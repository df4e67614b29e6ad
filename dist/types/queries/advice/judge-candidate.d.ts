import type { PlanDatabase } from '../db/plan-database.js';
import type { PgParser } from '../sql/pg-parser.js';
import { type IndexCandidate } from './index-candidate.js';
import type { IndexDefinition } from './index-definition.js';
import type { MissingIndexOptions } from '../rules/index-advice/missing-index.js';
import type { TableFacts } from './table-facts.js';
export type Judgement = {
    verdict: 'skip';
    reason: string;
} | {
    verdict: 'verify';
    definition: IndexDefinition;
};
/**
 * Decides from the catalog whether a candidate is worth a planner call, and shapes its final definition: a table
 * below `min-table-rows` is skipped; a rare literal on a few-valued column becomes the partial index's WHERE; a
 * literal condition that selects more than `max-selected-share` of the rows is dropped from the keys, and when
 * nothing else is left the candidate is skipped; an existing btree that already leads with the keys skips it too.
 */
export declare function judgeCandidate(database: PlanDatabase, parser: PgParser, candidate: IndexCandidate, facts: TableFacts, options: MissingIndexOptions): Promise<Judgement>;
