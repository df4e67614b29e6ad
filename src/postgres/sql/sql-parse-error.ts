import { UsageError } from '../../core/config/usage-error.js';
import { SourcePositions } from './source-positions.js';

/**
 * A statement PostgreSQL would reject is the user's to fix, so it is a UsageError (exit 2) pointing at the spot.
 * libpg-query reports the position as a 0-based character index into the text it was given.
 */
export function sqlParseError(file: string, text: string, error: unknown, lineOffset = 0): UsageError {
  const { reason, position } = parseFailure(text, error, lineOffset);
  const where = position ? `:${position.line}:${position.column}` : '';
  return new UsageError(`${file}${where}: the SQL does not parse: ${reason}. Fix the statement so PostgreSQL accepts it and run again.`);
}

/** The parser's message and, when it gave one, the 1-based line and column it stopped at. */
export function parseFailure(text: string, error: unknown, lineOffset = 0): { reason: string; position?: { line: number; column: number } } {
  const reason = error instanceof Error ? error.message : String(error);
  const cursor = cursorPosition(error);
  if (cursor === undefined || cursor < 0) return { reason };
  const { line, column } = new SourcePositions(text).lineAndColumn(cursor);
  return { reason, position: { line: line + lineOffset, column } };
}

/**
 * libpg-query's SqlError carries `sqlDetails.cursorPosition`. Read structurally rather than with the package's
 * `hasSqlDetails`, whose import would load the parser's wasm with every module that reports a parse error.
 */
function cursorPosition(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('sqlDetails' in error)) return undefined;
  const details = error.sqlDetails;
  if (typeof details !== 'object' || details === null || !('cursorPosition' in details)) return undefined;
  return typeof details.cursorPosition === 'number' ? details.cursorPosition : undefined;
}
