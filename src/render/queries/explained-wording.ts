import type { ExplainedOn } from './audited-queries.js';
import { counted, grouped } from './count-wording.js';
import type { InlineStyle } from './inline-style.js';

/** Tables named in the one line; a schema with dozens would drown it, and the comment's details list them all. */
export const TABLES_IN_HEADLINE = 4;

/**
 * `3 statements explained with ANALYZE on PostgreSQL 15.18 at postgres://app@db:5432/app`, or on the embedded
 * database `… on PostgreSQL 18.6 (PGlite 0.5.16), embedded: orders 100,000 rows, customers 10,000`.
 */
export function explainedWording(on: ExplainedOn, style: InlineStyle): string {
  const how = `${counted(on.statements, 'statement')} explained ${on.analyze ? 'with' : 'without'} ANALYZE`;
  const where = on.rowCounts === undefined ? `${style.text(on.version)} at ${style.code(on.location)}` : `${style.text(on.version)}, embedded: ${rowsWording(on.rowCounts, style)}`;
  return `${how} on ${where}`;
}

/** The sizes the plans saw, largest tables first: the first with its unit, the rest bare, as a list reads. */
function rowsWording(rowCounts: readonly [string, number][], style: InlineStyle): string {
  if (rowCounts.length === 0) return 'no tables';
  const shown = rowCounts.slice(0, TABLES_IN_HEADLINE).map(([table, rows], index) => `${style.text(table)} ${index === 0 ? counted(rows, 'row') : grouped(rows)}`);
  const hidden = rowCounts.length - shown.length;
  return `${shown.join(', ')}${hidden > 0 ? ` and ${counted(hidden, 'more table')}` : ''}`;
}

/** Why a statement's plan holds estimates only, and, when the run had ANALYZE on, that it went without. */
export function estimateOnlyReason(on: ExplainedOn, style: InlineStyle): string {
  return `generic plans: their ${style.code('$n')} parameters have no values${on.analyze ? ', so ANALYZE could not run them' : ''}`;
}
