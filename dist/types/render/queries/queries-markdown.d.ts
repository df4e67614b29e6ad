import type { AuditedQueries } from './audited-queries.js';
/**
 * The queries runs for the comment section and the job summary: one line of what was audited where, then, only
 * when there is something to know, a <details> whose summary says it at a glance (rules not run, estimate-only
 * statements) and whose body holds the lists. `linkBase` makes each estimate-only statement a link to its line.
 */
export declare function queriesMarkdownBlocks(audits: readonly AuditedQueries[], linkBase: string | undefined): string[];
