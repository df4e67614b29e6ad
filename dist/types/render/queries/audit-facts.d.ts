import type { AuditedQueries } from './audited-queries.js';
import type { InlineStyle } from './inline-style.js';
/** The facts of one queries run that every output leads with: where and how the statements were explained, the saved plans, the index advice. */
export declare function auditFacts(audit: AuditedQueries, style: InlineStyle): string[];
