import { UsageError } from '../../core/config/usage-error.js';
/**
 * A statement PostgreSQL would reject is the user's to fix, so it is a UsageError (exit 2) pointing at the spot.
 * libpg-query reports the position as a 0-based character index into the text it was given.
 */
export declare function sqlParseError(file: string, text: string, error: unknown, lineOffset?: number): UsageError;
