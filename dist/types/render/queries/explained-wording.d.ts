import type { ExplainedOn } from './audited-queries.js';
import type { InlineStyle } from './inline-style.js';
/** Tables named in the one line; a schema with dozens would drown it, and the comment's details list them all. */
export declare const TABLES_IN_HEADLINE = 4;
/**
 * `3 statements explained with ANALYZE on PostgreSQL 15.18 at postgres://app@db:5432/app`, or on the embedded
 * database `… on PostgreSQL 18.6 (PGlite 0.5.16), embedded: orders 100,000 rows, customers 10,000`.
 */
export declare function explainedWording(on: ExplainedOn, style: InlineStyle): string;
/** Why a statement's plan holds estimates only, and, when the run had ANALYZE on, that it went without. */
export declare function estimateOnlyReason(on: ExplainedOn, style: InlineStyle): string;
