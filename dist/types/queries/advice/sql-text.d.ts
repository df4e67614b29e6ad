import type { PgParser } from '../sql/pg-parser.js';
import type { ConstantValue } from './index-candidate.js';
/**
 * A name as SQL must write it: bare when it is lower-case letters, digits and `_` and not a reserved word, else in
 * double quotes (a mixed-case or reserved name would otherwise change meaning or fail to parse).
 */
export declare function quoteIdentifier(parser: Pick<PgParser, 'scan'>, name: string): string;
/** A literal of the query written back as SQL, for a partial index's WHERE. */
export declare function literalSql(value: ConstantValue): string;
