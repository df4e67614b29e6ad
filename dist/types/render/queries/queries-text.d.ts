import type { Palette } from '../text-palette.js';
import type { AuditedQueries } from './audited-queries.js';
/**
 * The queries runs for the terminal: one line of what was audited where (the database and its version, how the
 * statements were explained, the index advice), and a line more only for what the user should know: rules that
 * could not run and how to let them, statements whose plans are estimates only.
 */
export declare function queriesTextSections(audits: readonly AuditedQueries[], palette: Palette): string[];
